// Strings of the HKEX Code work: framework versions, bases, issuer categories, Parts, and
// the completeness-by-basis findings. Merged into the one table in strings.ts; the Chinese
// table must have the same keys and placeholders.
export const codeEn = {
  'code.version.guide': 'ESG Reporting Guide',
  'code.version.code': 'ESG Reporting Code',
  'code.basis.mandatory': 'Mandatory',
  'code.basis.comply_or_explain': 'Comply or explain',
  'code.basis.voluntary': 'Voluntary',
  'code.category.main_board': 'Main Board issuer',
  'code.category.largecap': 'LargeCap issuer (Hang Seng Composite LargeCap Index constituent)',
  'code.category.gem': 'GEM issuer',
  'code.part.B': 'Part B: mandatory disclosure requirements',
  'code.part.C': 'Part C: comply-or-explain provisions',
  'code.part.D': 'Part D: climate-related disclosures',
  'code.relief.until': 'relief until FY{endsFy}',
  'check.basis.mandatory': '{item} ({title}) is mandatory for {year} and is not disclosed: map it to the section or metric that discloses it',
  'check.basis.mandatory_explained': '{item} ({title}) is mandatory for {year}: an explanation does not satisfy it, it must be disclosed',
  'check.basis.comply_or_explain': '{item} ({title}) is comply-or-explain for {year} and is neither disclosed nor explained: disclose it, or give the reason it is not disclosed',
  'check.basis.relief': '{item} ({title}) is not disclosed for {year} under the interim relief "{relief}", which covers financial years up to FY{endsFy}',
  'check.basis.relief_unverified': '{item} ({title}) is not disclosed for {year} under the interim relief "{relief}", which covers financial years up to FY{endsFy} (this relief is not yet verified against the Code: check before relying on it)',
} as const;

export const codeZh: Record<keyof typeof codeEn, string> = {
  'code.version.guide': '環境、社會及管治報告指引',
  'code.version.code': '環境、社會及管治報告守則',
  'code.basis.mandatory': '強制披露',
  'code.basis.comply_or_explain': '不遵守就解釋',
  'code.basis.voluntary': '自願披露',
  'code.category.main_board': '主板發行人',
  'code.category.largecap': '大型股發行人（恒生綜合大型股指數成份股）',
  'code.category.gem': 'GEM發行人',
  'code.part.B': 'B部分：強制披露規定',
  'code.part.C': 'C部分：「不遵守就解釋」條文',
  'code.part.D': 'D部分：氣候相關披露',
  'code.relief.until': '寬免至FY{endsFy}',
  'check.basis.mandatory': '{item}（{title}）於{year}年度屬強制披露，但尚未披露：請將其對應至披露該項目的章節或指標',
  'check.basis.mandatory_explained': '{item}（{title}）於{year}年度屬強制披露：不可以解釋代替，必須披露',
  'check.basis.comply_or_explain': '{item}（{title}）於{year}年度屬「不遵守就解釋」，但既未披露亦未解釋：請披露，或說明不披露的原因',
  'check.basis.relief': '{item}（{title}）於{year}年度未有披露，適用過渡寬免「{relief}」，寬免涵蓋至FY{endsFy}的財政年度',
  'check.basis.relief_unverified': '{item}（{title}）於{year}年度未有披露，適用過渡寬免「{relief}」，寬免涵蓋至FY{endsFy}的財政年度（此寬免尚未按守則原文核實，採用前請先確認）',
};
