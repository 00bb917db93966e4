// The cover logo on the profile screen: a labelled button opens the file chooser (the bare
// <input type=file> with its "No file chosen" text stays hidden), the chosen PNG or JPEG goes
// to profile:set-logo as bytes, and the stored logo is shown as an <img> made from its bytes
// (a data: URL of them, never markup). The service decides what is acceptable (signature, size); its
// refusal is shown beside the field in the UI language.
import { useEffect, useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import type { Company } from '../../shared/domain.js';
import { call } from './api.js';
import { errorText } from './api-error-text.js';
import { useI18n } from './i18n.js';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function LogoField({ logo, disabled, onChanged }: { logo: Company['logo']; disabled: boolean; onChanged: (c: Company) => void }) {
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The preview follows the stored logo (its size changes with every new one).
  useEffect(() => {
    let live = true;
    if (!logo) {
      setUrl(null);
      return;
    }
    // A data: URL of the stored bytes with the mime type the service read from their signature.
    void call('profile:logo', {}).then((l) => live && setUrl(l ? `data:${l.mime};base64,${l.base64}` : null));
    return () => {
      live = false;
    };
  }, [logo]);

  const send = async (base64: string | null) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call('profile:set-logo', { base64 }));
    } catch (e) {
      setError(errorText(lang, e));
    } finally {
      setBusy(false);
    }
  };
  const picked = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    await send(toBase64(new Uint8Array(await file.arrayBuffer())));
  };

  return (
    <div role="group" aria-labelledby="profile-logo-label" data-testid="profile-logo" style={{ marginBottom: 24 }}>
      <div id="profile-logo-label" style={{ marginBottom: 8 }}>{t('profile.logo')}</div>
      <Space align="center" wrap>
        {url ? (
          <img src={url} alt={t('profile.logo')} data-testid="profile-logo-img" style={{ maxHeight: 64, maxWidth: 200, border: '1px solid #eee', padding: 4, background: '#fff' }} />
        ) : (
          <Typography.Text type="secondary" data-testid="profile-logo-none">{t('profile.logoNone')}</Typography.Text>
        )}
        {logo && <Typography.Text type="secondary" data-testid="profile-logo-size">{t('profile.logoSet', { mime: logo.mime === 'image/png' ? 'PNG' : 'JPEG', kb: Math.max(1, Math.round(logo.bytes / 1024)) })}</Typography.Text>}
        <Button disabled={disabled} loading={busy} onClick={() => input.current?.click()} data-testid="profile-logo-choose">{t('profile.logoChoose')}</Button>
        {logo && <Button danger disabled={disabled || busy} onClick={() => void send(null)} data-testid="profile-logo-remove">{t('profile.logoRemove')}</Button>}
      </Space>
      <input ref={input} type="file" accept="image/png,image/jpeg" style={{ display: 'none' }} aria-hidden="true" tabIndex={-1} data-testid="profile-logo-file" onChange={(e) => void picked(e.target.files?.[0])} />
      {error && <div role="alert" className="ant-form-item-explain-error" style={{ color: '#ff4d4f', marginTop: 4 }} data-testid="profile-logo-error">{error}</div>}
    </div>
  );
}
