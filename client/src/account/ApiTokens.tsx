// Your API tokens: list (name, created, expiry, last use), create one (shown once), revoke one.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../api/accountTypes';
import { api } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { CopyField } from '../ui/CopyField';
import { Modal } from '../ui/Modal';
import { useToasts } from '../ui/Toasts';

/** A chosen day ends the token's life at the end of that day (UTC), like a due date. */
const endOfDay = (day: string): string => `${day}T23:59:59.999Z`;

export function ApiTokens() {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState('');
  const [expires, setExpires] = useState('');
  const [issued, setIssued] = useState<ApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api.get<{ items: ApiToken[] }>('/api/tokens?mine=true').then((page) => setTokens(page.items), toasts.showError);
  }, [toasts]);
  useEffect(load, [load]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setIssued(await api.post<ApiToken>('/api/tokens', { name, expiresAt: expires ? endOfDay(expires) : null }));
      setName('');
      setExpires('');
      load();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.intro')}</p>
      <form className="account-form" onSubmit={create} aria-label={t('tokens.create')}>
        <label>
          {t('tokens.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <label>
          {t('tokens.expiresOptional')}
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('tokens.create')}
        </button>
      </form>
      {tokens === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : tokens.length === 0 ? (
        <p className="muted">{t('tokens.none')}</p>
      ) : (
        <table className="data" data-testid="tokens-table">
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.expires')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name ?? t('tokens.unnamed')}</td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{token.expiresAt ? formatDate(token.expiresAt) : t('tokens.never')}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.notYet')}</td>
                <td>
                  <button type="button" onClick={() => setRevoking(token)} aria-label={t('tokens.revokeOf', { name: token.name ?? t('tokens.unnamed') })}>
                    {t('tokens.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {issued?.token && (
        <Modal title={t('tokens.issuedTitle', { name: issued.name ?? t('tokens.unnamed') })} onClose={() => setIssued(null)} testId="issued-token-dialog">
          <p>{t('tokens.issuedText')}</p>
          <CopyField label={t('tokens.secret')} value={issued.token} testId="issued-token" />
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => setIssued(null)}>
              {t('common:actions.close')}
            </button>
          </div>
        </Modal>
      )}
      {revoking && (
        <RevokeToken
          token={revoking}
          onClose={(revoked) => {
            setRevoking(null);
            if (revoked) load();
          }}
        />
      )}
    </div>
  );
}

function RevokeToken({ token, onClose }: { token: ApiToken; onClose(revoked: boolean): void }) {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const textId = useId();
  const name = token.name ?? t('tokens.unnamed');

  const revoke = async () => {
    setBusy(true);
    try {
      await api.delete(`/api/tokens/${encodeURIComponent(token.id)}`);
      toasts.show('success', t('tokens.revoked', { name }));
      onClose(true);
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  };

  return (
    <Modal title={t('tokens.revokeTitle', { name })} onClose={() => onClose(false)} closable={!busy} describedBy={textId} testId="revoke-token-dialog">
      <p id={textId}>{t('tokens.revokeText')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose(false)} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => void revoke()} disabled={busy}>
          {t('tokens.revoke')}
        </button>
      </div>
    </Modal>
  );
}
