import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Me } from '../../../types/api';
import { sessionKey } from '../../session/api/get-session';

export type ProfileUpdate = {
  fullName: string;
  title: string | null;
  phone: string | null;
  licenceNumber?: string | null;
  bio?: string | null;
  specialtyIds?: string[];
};

export const updateProfile = ({ version, ...profile }: ProfileUpdate & { version: number }) =>
  api.put<Me>('/api/me/profile', profile, { version });

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => queryClient.setQueryData(sessionKey, me),
  });
}
