// Names of the buttons antd draws with an icon alone (the search button of a search box, the
// clear button of a text box, the close button of a message): without them a screen reader
// reads the glyph's English name ("search", "close-circle") whatever the UI language.
export const iconsEn = {
  'icon.search': 'Search',
  'icon.clear': 'Clear',
  'icon.close': 'Close',
} as const;

export const iconsZh: Record<keyof typeof iconsEn, string> = {
  'icon.search': '搜尋',
  'icon.clear': '清除',
  'icon.close': '關閉',
};
