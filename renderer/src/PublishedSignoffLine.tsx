// What a published edition's publication rested on, in one line of the edition bar: the
// reviewers who approved it, or the ESG lead's override with its reason (saying so when an
// approval existed that later changes had outdated).
import { Typography } from 'antd';
import type { PublishedSignoff } from '../../shared/api/contract.js';
import { useI18n } from './i18n.js';

export function PublishedSignoffLine({ signoff }: { signoff: PublishedSignoff }) {
  const { t, lang } = useI18n();
  if (signoff.kind === 'not_used') return null;
  const names = signoff.approvers.map((a) => a.name).join(lang === 'en' ? ', ' : '、');
  const text =
    signoff.kind === 'approved'
      ? t('edition.signedOff', { names })
      : signoff.staleApproval
        ? t('edition.signoffOverriddenStale', { names, reason: signoff.reason ?? '' })
        : t('edition.signoffOverridden', { reason: signoff.reason ?? '' });
  return (
    <Typography.Text type={signoff.kind === 'approved' ? 'success' : 'warning'} data-testid="edition-signoff-record">
      {text}
    </Typography.Text>
  );
}
