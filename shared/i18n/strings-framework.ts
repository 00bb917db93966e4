// Strings of the framework each edition follows (HKEX Appendix C2: the Guide or the Code) as
// the edition bar, the checks panel and the CLI show it. Merged into the one table in
// strings.ts; the Chinese table must have the same keys and placeholders.
export const frameworkEn = {
  'framework.reason_required': 'Changing the framework an edition follows needs a reason.',
  'framework.no_edition': 'There is no {year} report to change.',
  'framework.published': 'The {year} report is published and frozen; unpublish it to change its framework.',
  'edition.framework': 'Follows the {version}',
  'edition.frameworkOfYear': 'FY{year} would follow the {version}; changed: {reason}',
  'edition.frameworkChanges': 'From the {from} edition to this one ({fromVersion} → {toVersion}):',
  'edition.changeFramework': 'Change framework',
  'edition.changeFrameworkTitle': 'Framework of the {year} report',
  'edition.done.framework': 'The {year} report now follows the {version}.',
  'checks.part.other': 'Other checks',
  'cli.framework': '{year}: follows the {version} (FY{year} gives the {yearVersion})',
  'cli.frameworkReason': 'changed: {reason}',
  'cli.frameworkSet': 'The {year} report now follows the {version}.',
  'cli.frameworkChanges': 'What changed ({fromVersion} → {toVersion}):',
  'cli.needFrameworkReason': 'give the reason for the change with --reason <text>',
  'cli.basesGuide': 'The {year} report follows the ESG Reporting Guide: no basis by issuer category applies (report framework … --set code to change it).',
  'cli.basesHead': 'Basis of each item for {year}, {category}:',
} as const;

export const frameworkZh: Record<keyof typeof frameworkEn, string> = {
  'framework.reason_required': '更改版本須註明原因。',
  'framework.no_edition': '沒有可更改的 {year} 年報告。',
  'framework.published': '{year} 年報告已發佈並凍結；如需更改其依循版本請先取消發佈。',
  'edition.framework': '依循《{version}》',
  'edition.frameworkOfYear': 'FY{year} 原應依循《{version}》；已更改：{reason}',
  'edition.frameworkChanges': '由 {from} 年版本至本版本（{fromVersion} → {toVersion}）的變更：',
  'edition.changeFramework': '更改依循版本',
  'edition.changeFrameworkTitle': '{year} 年報告的依循版本',
  'edition.done.framework': '{year} 年報告現依循《{version}》。',
  'checks.part.other': '其他檢查',
  'cli.framework': '{year}：依循《{version}》（FY{year} 按年度應依循《{yearVersion}》）',
  'cli.frameworkReason': '已更改：{reason}',
  'cli.frameworkSet': '{year} 年報告現依循《{version}》。',
  'cli.frameworkChanges': '變更（{fromVersion} → {toVersion}）：',
  'cli.needFrameworkReason': '請以 --reason <text> 註明更改原因',
  'cli.basesGuide': '{year} 年報告依循《環境、社會及管治報告指引》：不按發行人類別區分披露基準（可用 report framework … --set code 更改）。',
  'cli.basesHead': '{year} 年度各項目的披露基準（{category}）：',
};
