// The component defaults that name antd's icon-only buttons in the UI language, for the one
// ConfigProvider (App.tsx): every search box, clearable text box and closable message gets
// them without each screen repeating the labels.
import { CloseCircleFilled, CloseOutlined, SearchOutlined } from '@ant-design/icons';
import type { ConfigProviderProps } from 'antd';
import type { I18n } from './i18n.js';

type Defaults = Pick<ConfigProviderProps, 'inputSearch' | 'input' | 'textArea' | 'alert'>;

/** The labelled icons: the button around each takes its accessible name from the icon's label. */
export function iconLabelDefaults(t: I18n['t']): Defaults {
  const clear = { clearIcon: <CloseCircleFilled aria-label={t('icon.clear')} /> };
  return {
    inputSearch: { searchIcon: <SearchOutlined aria-label={t('icon.search')} /> },
    input: { allowClear: clear },
    textArea: { allowClear: clear },
    alert: { closable: { closeIcon: <CloseOutlined aria-label={t('icon.close')} /> } },
  };
}
