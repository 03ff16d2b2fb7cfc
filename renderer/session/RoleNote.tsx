import { useTranslation } from 'react-i18next';
import { type Permission, may, rolesFor } from '../../shared/staff/index.js';
import { useSession } from './store.js';

/**
 * Whether the signed-in member may take an action: the same table the backend checks (shared/staff/permissions.ts),
 * so that the screen shows a control disabled, with the reason, instead of a refusal after the click.
 */
export function useMay(action: Permission): boolean {
  const role = useSession((s) => s.staff.find((member) => member.id === s.currentUserId)?.role);
  return may(role, action);
}

/** The reason next to controls the member's role does not allow ("Only for: Manager."); nothing when it does. */
export function RoleNote({ action }: { action: Permission }) {
  const { t } = useTranslation();
  const allowed = useMay(action);
  if (allowed) return null;
  return (
    <p className="muted role-note" role="note" data-role-note={action}>
      {t('permissions.only', { roles: rolesFor(action).map((role) => t(`role.${role}`)).join(', ') })}
    </p>
  );
}
