// Strings of the governance-structure block (the tiers of ESG governance drawn as a diagram,
// with the table of each tier's role): the outline editor, its refusals and the document.
export const governanceEn = {
  'block.type.governance_structure': 'Governance structure (diagram)',
  'block.governance.tiersZh': 'Tiers (Chinese): one per line, "name | role | member; member"',
  'block.governance.tiersEn': 'Tiers (English): one per line, "name | role | member; member"',
  'block.governance.showTable': 'Also print the table of each tier\u2019s role',
  'block.governance.no_tier': 'A governance structure needs at least one tier.',
  'block.governance.tier_name': 'Every tier needs a name.',
  'block.governance.tiers_differ': 'Both languages list the same tiers, in the same order.',
  'block.governance.members_differ': 'Both languages list the same members of each tier.',
  'doc.governance.tier': 'Tier',
  'doc.governance.role': 'Role and responsibilities',
  'doc.governance.members': 'Members: {members}',
} as const;

export const governanceZh: Record<keyof typeof governanceEn, string> = {
  'block.type.governance_structure': '管治架構（圖示）',
  'block.governance.tiersZh': '層級（中文）：每行一個層級，格式為「名稱 | 職責 | 成員；成員」',
  'block.governance.tiersEn': '層級（英文）：每行一個層級，格式為「名稱 | 職責 | 成員；成員」',
  'block.governance.showTable': '同時列出各層級職責表',
  'block.governance.no_tier': '管治架構至少須有一個層級。',
  'block.governance.tier_name': '每個層級均須有名稱。',
  'block.governance.tiers_differ': '兩種語言須列出相同的層級，次序亦須相同。',
  'block.governance.members_differ': '兩種語言須列出每個層級的相同成員。',
  'doc.governance.tier': '層級',
  'doc.governance.role': '角色及職責',
  'doc.governance.members': '成員：{members}',
};
