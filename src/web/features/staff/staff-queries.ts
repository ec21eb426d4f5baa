import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffRoles as contractStaffRoles, roles } from '../../../contracts/base-vocabulary';
import { type CallInput, callApi } from '../../api/call-api';
import { api, withQuery } from '../../api/client';
import type { Role, StaffRole, UserPage } from '../../api/types';

export function useUserPage(page: number, pageSize: number, filters: { role: string; q: string }) {
  return useQuery({
    queryKey: ['users', { page, pageSize, ...filters }],
    queryFn: () =>
      api.get<UserPage>(withQuery('/api/users', { page, pageSize, role: filters.role, q: filters.q })),
  });
}

/** What an admin may change on an account (from the endpoint's declaration). */
export type UserChanges = CallInput<'PATCH /api/users/:id'>['body'];

/** Changes a role or (dis)ables an account; the user list and audit views are then stale. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      callApi('PATCH /api/users/:id', { params: { id }, body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useInvitationPage(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['invitations', { page, pageSize }],
    queryFn: () => callApi('GET /api/invitations', { query: { page, pageSize } }),
  });
}

export type InvitationInput = CallInput<'POST /api/invitations'>['body'];

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => callApi('POST /api/invitations', { body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi('POST /api/invitations/:id/revoke', { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export const staffRoles: readonly StaffRole[] = contractStaffRoles;
export const allRoles: readonly Role[] = roles;

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}
