import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { Invitation, InvitationPage, Role, StaffRole, UserPage, UserSummary } from '../../api/types';

export function useUserPage(page: number, pageSize: number, filters: { role: string; q: string }) {
  return useQuery({
    queryKey: ['users', { page, pageSize, ...filters }],
    queryFn: () =>
      api.get<UserPage>(withQuery('/api/users', { page, pageSize, role: filters.role, q: filters.q })),
  });
}

export interface UserChanges {
  role?: StaffRole;
  associationId?: string | null;
  disabled?: boolean;
}

/** Changes a role or (dis)ables an account; the user list and audit views are then stale. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) =>
      api.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useInvitationPage(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['invitations', { page, pageSize }],
    queryFn: () => api.get<InvitationPage>(withQuery('/api/invitations', { page, pageSize })),
  });
}

export interface InvitationInput {
  email: string;
  role: StaffRole;
  associationId?: string | null;
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => api.post<Invitation>('/api/invitations', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Invitation>(`/api/invitations/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export const staffRoles: readonly StaffRole[] = ['admin', 'coach', 'funder'];
export const allRoles: readonly Role[] = ['admin', 'coach', 'mentor', 'mentee', 'funder'];

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}
