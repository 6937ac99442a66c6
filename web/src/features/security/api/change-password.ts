import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type PasswordChange = { currentPassword: string; newPassword: string };

export const changePassword = (change: PasswordChange) => api.put<void>('/api/me/password', change);

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
