import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/platform/result.js';
import { StaffRole } from '../../shared/staff/schemas.js';
import { api } from '../app/api/index.js';
import { ErrorBanner, Field, fieldsUnder } from '../app/Field.js';
import { ConfirmDialog } from '../app/ConfirmDialog.js';
import { useUnsavedInput } from '../app/unsaved.js';
import { RoleNote, useMay, useSession } from '../session/index.js';

export function StaffScreen() {
  const { t } = useTranslation();
  const { staff, refreshStaff, currentUserId } = useSession();
  // Adding staff, roles and other members' PINs are a manager's; one's own PIN is anyone's.
  const mayManage = useMay('staff.manage');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('technician');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ApiError>();
  /** The member whose PIN is being set, the PIN typed for them, and (one's own) the current PIN. */
  const [pinFor, setPinFor] = useState<{ id: string; pin: string; currentPin?: string }>();
  const [notice, setNotice] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await api().call('staff.create', { name, role, pin });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setName('');
      setPin('');
    }
    await refreshStaff();
  }

  /** The member a manager asked to deactivate: the dialog asks for the reason first (kept in the audit log). */
  const [deactivating, setDeactivating] = useState<{ id: string; name: string }>();
  // A member half typed in, or a PIN half typed, is not lost without a question.
  useUnsavedInput(Boolean(name.trim() || pin || pinFor?.pin || pinFor?.currentPin));

  async function toggle(id: string, active: boolean, reason?: string) {
    const result = await api().call('staff.update', { id, active, reason });
    setError(result.ok ? undefined : result.error);
    setDeactivating(undefined);
    await refreshStaff();
  }

  async function savePin(event: FormEvent) {
    event.preventDefault();
    if (!pinFor) return;
    const result = await api().call('staff.setPin', { id: pinFor.id, pin: pinFor.pin, currentPin: pinFor.currentPin });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setPinFor(undefined);
      setNotice(t('staff.pinSaved', { name: result.value.name }));
    }
    await refreshStaff();
  }

  return (
    <section>
      <h1>{t('staff.title')}</h1>
      <RoleNote action="staff.manage" />
      <table>
        <thead>
          <tr>
            <th>{t('staff.name')}</th>
            <th>{t('staff.role')}</th>
            <th>{t('staff.active')}</th>
            <th>{t('staff.hasPin')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id}>
              <td>
                <bdi>{member.name}</bdi>
              </td>
              <td>{t(`role.${member.role}`)}</td>
              <td>{member.active ? t('common.yes') : t('common.no')}</td>
              <td>{member.hasPin ? t('common.yes') : t('common.no')}</td>
              <td className="row">
                <button type="button" disabled={!mayManage} onClick={() => (member.active ? setDeactivating(member) : void toggle(member.id, true))}>
                  {member.active ? t('staff.deactivate') : t('staff.activate')}
                </button>
                {pinFor?.id === member.id ? (
                  <form className="row" onSubmit={savePin}>
                    {member.id === currentUserId && member.hasPin && (
                      <Field label={t('staff.currentPin')} error={fieldsUnder(error).currentPin}>
                        <input type="password" inputMode="numeric" autoComplete="current-password" value={pinFor.currentPin ?? ''} onChange={(e) => setPinFor({ ...pinFor, currentPin: e.target.value })} />
                      </Field>
                    )}
                    <Field label={t('staff.newPin', { name: member.name })} error={fieldsUnder(error).pin}>
                      <input type="password" inputMode="numeric" autoComplete="new-password" value={pinFor.pin} onChange={(e) => setPinFor({ ...pinFor, pin: e.target.value })} />
                    </Field>
                    <button type="submit">{t('common.save')}</button>
                  </form>
                ) : (
                  <button type="button" disabled={!mayManage && member.id !== currentUserId} onClick={() => setPinFor({ id: member.id, pin: '' })}>
                    {t('staff.setPin')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row card" onSubmit={add}>
        <fieldset className="plain row" disabled={!mayManage}>
          <Field label={t('staff.name')} error={fieldsUnder(error).name}>
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('staff.role')}>
            <select value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
              {StaffRole.options.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('staff.pin')} error={pinFor ? undefined : fieldsUnder(error).pin}>
            <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
          </Field>
          <button type="submit">{t('staff.add')}</button>
        </fieldset>
      </form>
      {notice && <p className="muted">{notice}</p>}
      <ErrorBanner error={error} />
      {deactivating && (
        <ConfirmDialog
          title={t('confirm.deactivate', { name: deactivating.name })}
          text={t('confirm.deactivateText')}
          confirmLabel={t('staff.deactivate')}
          reason
          danger
          reasonError={fieldsUnder(error).reason}
          onConfirm={(reason) => toggle(deactivating.id, false, reason)}
          onCancel={() => setDeactivating(undefined)}
        />
      )}
    </section>
  );
}

