// Which LibreOffice the PDF export runs, on the export screen: its path and where it was
// found, or why there is none. In Electron the program is chosen with main's native dialog
// (prefs:choose-soffice: the renderer never sends a path); in the browser version the line
// says how to set it from the command line.
import { useEffect, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import type { SofficeStatus } from '../../shared/api/contract-prefs.js';
import { sofficeText } from '../../shared/i18n/soffice-text.js';
import { ApiCallError, call } from './api.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n.js';

export function SofficeStatusLine() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<SofficeStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('prefs:soffice', {}).then(setStatus, (e: unknown) => setError(errorText(e, t)));
  }, [t]);
  const run = async (method: 'prefs:choose-soffice' | 'prefs:clear-soffice') => {
    setError(null);
    try {
      setStatus(await call(method, {}));
    } catch (e) {
      if (!(e instanceof ApiCallError && e.error.code === 'cancelled')) setError(errorText(e, t));
    }
  };
  if (!status) return null;
  return (
    <div data-testid="export-soffice" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <Space wrap align="center">
        <Typography.Text strong>{t('export.soffice')}</Typography.Text>
        <Typography.Text type={status.found ? undefined : 'warning'} data-testid="export-soffice-text">{sofficeText(lang, status)}</Typography.Text>
        {status.canChoose && <Button size="small" onClick={() => void run('prefs:choose-soffice')} data-testid="export-soffice-choose">{t('export.sofficeChoose')}</Button>}
        {status.canChoose && status.from === 'preference' && <Button size="small" onClick={() => void run('prefs:clear-soffice')}>{t('export.sofficeClear')}</Button>}
      </Space>
      {!status.canChoose && !status.found && <Typography.Text type="secondary">{t('export.sofficeHostOnly')}</Typography.Text>}
      {error && <Typography.Text type="danger" role="alert">{error}</Typography.Text>}
    </div>
  );
}
