// The edition of the selected year above the outline: draft or published (when, by whom),
// how many carried-forward blocks remain to review, "Start the 2025 report from 2024" for an
// empty edition, and Publish / Unpublish with the reason the audit log keeps. It names the
// version of HKEX Appendix C2 the edition follows and, for an edition rolled forward onto
// another version, what changed. Where the workspace has people, it shows where the sign-off
// stands (opening the sign-off drawer), publishing says when it needs the lead's override,
// and a published edition says who approved it or why it was published without approval.
import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { FRAMEWORK_VERSIONS, type FrameworkVersion } from '../../shared/framework/versions.js';
import { call } from './api.js';
import { useEdition } from './edition-context.js';
import { errorText } from './error-text.js';
import { useI18n } from './i18n.js';
import { ApprovalDateField } from './ApprovalDateField.js';
import type { SignoffView } from '../../shared/api/contract.js';
import { GATE_COLOR, SignoffDrawer } from './SignoffDrawer.js';
import { PublishedSignoffLine } from './PublishedSignoffLine.js';

export function EditionBar({ readOnly, onChanged }: { readOnly: boolean; onChanged: () => void }) {
  const { t, date, lang } = useI18n();
  const { year, edition, refresh } = useEdition();
  const [dialog, setDialog] = useState<'publish' | 'unpublish' | 'start' | 'framework' | null>(null);
  const [version, setVersion] = useState<FrameworkVersion>('code');
  const [force, setForce] = useState(false);
  const [reason, setReason] = useState('');
  const [carryFactors, setCarryFactors] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signoff, setSignoff] = useState<SignoffView | null>(null);
  const [signoffOpen, setSignoffOpen] = useState(false);
  useEffect(() => {
    let live = true;
    call('signoff:get', { year })
      .then((v) => live && setSignoff(v))
      .catch(() => live && setSignoff(null));
    return () => {
      live = false;
    };
  }, [year, edition]);
  if (!edition) return null;
  const gated = signoff !== null && signoff.gate !== 'not_used';

  const open = (d: typeof dialog) => {
    setError(null);
    setForce(false);
    setReason('');
    setDialog(d);
  };
  const run = async (fn: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setDialog(null);
      setDone(message);
      refresh();
      onChanged();
    } catch (e) {
      setError(errorText(e, t, lang));
    } finally {
      setBusy(false);
    }
  };
  const published = edition.status === 'published';
  const empty = !edition.hasContent;
  const from = edition.previousYear;

  return (
    <div data-testid="edition-bar" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <Space wrap align="center">
        <Tag color="blue" data-testid="edition-framework">{t('edition.framework', { version: t(`code.version.${edition.framework}`) })}</Tag>
        {!published && edition.exists && (
          <Button
            size="small"
            disabled={readOnly}
            data-testid="edition-framework-change"
            onClick={() => {
              setVersion(edition.framework === 'guide' ? 'code' : 'guide');
              open('framework');
            }}
          >
            {t('edition.frameworkChange')}
          </Button>
        )}
        {edition.frameworkReason && <Typography.Text type="secondary">{t('edition.frameworkOfYear', { year, version: t(`code.version.${edition.frameworkOfYear}`), reason: edition.frameworkReason })}</Typography.Text>}
        <Tag color={published ? 'green' : 'default'} data-testid="edition-status">{published ? t('edition.published') : t('edition.draft')}</Tag>
        {published && edition.publishedAt && <Typography.Text type="secondary">{t('edition.publishedOn', { at: date(edition.publishedAt), by: edition.publishedBy ?? '' })}</Typography.Text>}
        <ApprovalDateField
          edition={edition}
          readOnly={readOnly}
          onSaved={(m) => {
            setDone(m);
            refresh();
            onChanged();
          }}
        />
        {!published && edition.carriedBlocks > 0 && <Tag color="orange" data-testid="carried-count">{t('edition.carriedCount', { count: edition.carriedBlocks })}</Tag>}
        {!published && edition.carriedFrom !== null && edition.carriedBlocks === 0 && <Typography.Text type="secondary">{t('edition.carriedNone')}</Typography.Text>}
        {!published && edition.carriedFactors.length > 0 && <Tag color="orange">{t('edition.factorsToConfirm', { count: edition.carriedFactors.length })}</Tag>}
        {empty && from !== null && !published && (
          <Button size="small" type="primary" disabled={readOnly} onClick={() => open('start')} data-testid="edition-start">{t('edition.startFrom', { year, from })}</Button>
        )}
        {gated && edition.hasContent && (
          <Button size="small" onClick={() => setSignoffOpen(true)} data-testid="edition-signoff">
            <Tag color={GATE_COLOR[signoff.gate]} style={{ marginInlineEnd: 0 }} data-testid="edition-signoff-gate">{t('signoff.publishGate', { gate: t(`signoff.gate.${signoff.gate}`) })}</Tag>
          </Button>
        )}
        {!published && edition.exists && <Button size="small" disabled={readOnly} onClick={() => open('publish')} data-testid="edition-publish">{t('edition.publish')}</Button>}
        {published && <Button size="small" disabled={readOnly} onClick={() => open('unpublish')} data-testid="edition-unpublish">{t('edition.unpublish')}</Button>}
      </Space>
      {edition.frameworkChanges.length > 0 && edition.carriedFrom !== null && (
        <Alert
          type="info"
          showIcon
          data-testid="edition-framework-changes"
          message={t('edition.frameworkChanges', { from: edition.carriedFrom, fromVersion: t(`code.version.${edition.frameworkChanges[0]?.from ?? 'guide'}`), toVersion: t(`code.version.${edition.framework}`) })}
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{edition.frameworkChanges.map((c) => <li key={c.code}>{lang === 'en' ? c.textEn : c.textZh}</li>)}</ul>}
        />
      )}
      {published && <Alert type="info" showIcon message={t('edition.frozen', { year })} data-testid="edition-frozen" />}
      {published && edition.signoff && <PublishedSignoffLine signoff={edition.signoff} />}
      {published && edition.forcedReason && edition.signoff?.kind !== 'overridden' && <Typography.Text type="secondary">{t('edition.forced', { reason: edition.forcedReason })}</Typography.Text>}
      {!published && empty && from === null && <Typography.Text type="secondary">{t('edition.empty', { year })}</Typography.Text>}
      <div aria-live="polite">{done && <Alert type="success" showIcon closable message={done} onClose={() => setDone(null)} />}</div>

      {signoffOpen && (
        <SignoffDrawer
          year={year}
          readOnly={readOnly}
          onClose={() => setSignoffOpen(false)}
          onChanged={(v) => {
            setSignoff(v);
            refresh();
          }}
        />
      )}

      <Modal
        open={dialog === 'start'}
        title={t('edition.startFrom', { year, from: from ?? '' })}
        okText={t('edition.startFrom', { year, from: from ?? '' })}
        cancelText={t('edit.cancel')}
        confirmLoading={busy}
        onCancel={() => setDialog(null)}
        onOk={() => from !== null && void run(() => call('edition:roll-forward', { from, to: year, carryFactors }), t('edition.started', { year, from }))}
      >
        <Checkbox checked={carryFactors} onChange={(e) => setCarryFactors(e.target.checked)} data-testid="carry-factors">{t('edition.carryFactors', { year, from: from ?? '' })}</Checkbox>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      </Modal>

      <Modal
        open={dialog === 'publish'}
        title={t('edition.publishTitle', { year })}
        okText={t('edition.publish')}
        cancelText={t('edit.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: force && reason.trim() === '' }}
        onCancel={() => setDialog(null)}
        onOk={() => void run(() => call('edition:publish', force ? { year, force, reason } : { year, force: false }), t('edition.done.published', { year }))}
      >
        <Typography.Paragraph>{t('edition.publishHint', { year })}</Typography.Paragraph>
        {gated && <Alert type={signoff.gate === 'approved' ? 'success' : 'warning'} showIcon message={t('signoff.publishGate', { gate: t(`signoff.gate.${signoff.gate}`) })} style={{ marginBottom: 8 }} data-testid="publish-gate" />}
        <Checkbox checked={force} onChange={(e) => setForce(e.target.checked)} data-testid="publish-force">{gated && signoff.gate !== 'approved' ? t('signoff.overrideLabel') : t('edition.force')}</Checkbox>
        {force && <Input.TextArea aria-label={t('edition.reason')} placeholder={t('edition.reason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 8 }} data-testid="publish-reason" />}
        {error && <Alert type="error" showIcon message={<span style={{ whiteSpace: 'pre-line' }}>{error}</span>} style={{ marginTop: 8 }} data-testid="publish-error" />}
      </Modal>

      <Modal
        open={dialog === 'framework'}
        title={t('edition.frameworkChangeTitle', { year })}
        okText={t('edition.frameworkChange')}
        cancelText={t('edit.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: reason.trim() === '' || version === edition.framework }}
        onCancel={() => setDialog(null)}
        onOk={() => void run(() => call('edition:set-framework', { year, framework: version, reason }), t('edition.frameworkChanged', { year, version: t(`code.version.${version}`) }))}
      >
        <Typography.Paragraph>{t('edition.frameworkChangeHint', { year, version: t(`code.version.${edition.frameworkOfYear}`) })}</Typography.Paragraph>
        <Select<FrameworkVersion>
          aria-label={t('edition.frameworkVersion')}
          value={version}
          onChange={setVersion}
          style={{ width: '100%' }}
          data-testid="framework-version"
          options={FRAMEWORK_VERSIONS.map((v) => ({ value: v, label: t(`code.version.${v}`) }))}
        />
        <Input.TextArea aria-label={t('edition.reason')} placeholder={t('edition.reason')} value={reason} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 8 }} data-testid="framework-reason" />
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      </Modal>

      <Modal
        open={dialog === 'unpublish'}
        title={t('edition.unpublishTitle', { year })}
        okText={t('edition.unpublish')}
        cancelText={t('edit.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onCancel={() => setDialog(null)}
        onOk={() => void run(() => call('edition:unpublish', { year, reason }), t('edition.done.unpublished', { year }))}
      >
        <Input.TextArea aria-label={t('edition.reason')} placeholder={t('edition.reason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="unpublish-reason" />
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      </Modal>
    </div>
  );
}
