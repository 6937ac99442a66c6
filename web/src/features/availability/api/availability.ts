import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Availability, AvailabilityWindow, TimeOff } from '../../../types/api';

const availabilityKey = ['me', 'availability'] as const;

/** My capacity, working hours, time off and open cases (providers only). */
export const useAvailability = () =>
  useQuery({ queryKey: availabilityKey, queryFn: () => api.get<Availability>('/api/me/availability'), staleTime: 0 });

export type AvailabilityUpdate = { maxOpenCases: number; timeZone: string; windows: AvailabilityWindow[] };

export function useUpdateAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...update }: AvailabilityUpdate & { version: number }) =>
      api.put<Availability>('/api/me/availability', update, { version }),
    onSuccess: (saved) => queryClient.setQueryData(availabilityKey, saved),
  });
}

export type NewTimeOff = { firstDay: string; lastDay: string; note?: string };

export function useAddTimeOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeOff: NewTimeOff) => api.post<TimeOff>('/api/me/time-off', timeOff),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: availabilityKey }),
  });
}

export function useDeleteTimeOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/me/time-off/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: availabilityKey }),
  });
}
