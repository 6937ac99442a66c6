// The recommendation of a second opinion, its feedback and its clarification thread. Every text is
// sealed in this browser with the case key: the recommendation as one envelope (kind "recommendation",
// object = the case id), the feedback comments (kind "recommendation-feedback", object = the case id),
// each clarification message (kind "clarification", object = its id). The server sees envelopes, the
// attachments' document ids and the rating.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { NotFoundError } from '../../../lib/problem';
import type { CaseSide, Person } from '../../../types/api';
import { vault, VaultError, type ContentRef, type VaultClient } from '../../../vault';
import { caseKey, casePath } from '../../cases/api/cases';
import { latestHeldGeneration } from '../../documents/api/documents';

/** What the provider writes; `attachments` are document ids of the case, in the order given. */
export type RecommendationContent = {
  summary: string;
  impression: string;
  recommendations: string;
  references: string;
  attachments: string[];
};

export type RecommendationStatus = 'DRAFT' | 'SUBMITTED';

export type SealedFeedback = { rating: number; comments: string | null; generation: number | null; givenBy: Person; givenAt: string };

export type SealedRecommendation = {
  status: RecommendationStatus;
  body: string;
  generation: number;
  attachments: string[];
  provider: Person;
  savedAt: string;
  submittedAt: string | null;
  version: number;
  feedback: SealedFeedback | null;
};

export type SealedClarification = { id: string; author: Person; side: CaseSide; body: string; generation: number; createdAt: string };

export type Opened<T> = { value: T; problem: null } | { value: null; problem: 'no-key' | 'cannot-verify' };

export type OpenedRecommendation = {
  record: SealedRecommendation;
  content: Opened<RecommendationContent>;
  comments: Opened<string> | null;
};

export type OpenedClarification = SealedClarification & { text: Opened<string> };

/** What sealing and opening need of the vault: VaultClient, or one made in a test. */
export type ContentVault = Pick<VaultClient, 'sealContent' | 'openContent'>;

/** 64 KiB of UTF-8 per comment or message: what the server's limit leaves room for once sealed. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

const ref = (caseId: string, kind: string, objectId: string): ContentRef => ({ caseId, scope: 'case', kind, objectId });
const recommendationRef = (caseId: string) => ref(caseId, 'recommendation', caseId);
const feedbackRef = (caseId: string) => ref(caseId, 'recommendation-feedback', caseId);
const clarificationRef = (caseId: string, id: string) => ref(caseId, 'clarification', id);
const recommendationPath = (caseId: string) => `${casePath(caseId)}/recommendation`;
const recommendationKey = (caseId: string) => [...caseKey(caseId), 'recommendation'] as const;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function seal(contentVault: ContentVault, at: ContentRef, text: string, generation: number): Promise<string> {
  const { envelope } = await contentVault.sealContent(at, new TextEncoder().encode(text), generation);
  return Base64Url.encode(envelope);
}

async function openText(contentVault: ContentVault, at: ContentRef, sealed: string): Promise<string> {
  const { plaintext } = await contentVault.openContent(at, Base64Url.decode(sealed));
  return strictUtf8.decode(plaintext);
}

export function sealRecommendation(contentVault: ContentVault, caseId: string, content: RecommendationContent, generation: number) {
  return seal(contentVault, recommendationRef(caseId), JSON.stringify({ v: 1, ...content }), generation);
}

/** @throws VaultError when the envelope does not open; a TypeError when it opens to something else. */
export async function openRecommendation(contentVault: ContentVault, caseId: string, sealed: string): Promise<RecommendationContent> {
  return toContent(JSON.parse(await openText(contentVault, recommendationRef(caseId), sealed)));
}

/** Whatever opened must still be shown safely: the expected fields, as strings, and nothing else. */
function toContent(value: unknown): RecommendationContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('not a recommendation');
  const record = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' ? field : '');
  return {
    summary: text(record.summary),
    impression: text(record.impression),
    recommendations: text(record.recommendations),
    references: text(record.references),
    attachments: Array.isArray(record.attachments) ? record.attachments.filter((id): id is string => typeof id === 'string') : [],
  };
}

async function opened<T>(open: () => Promise<T>): Promise<Opened<T>> {
  try {
    return { value: await open(), problem: null };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'locked') throw error;
    return { value: null, problem: error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify' };
  }
}

/** GET …/recommendation, opened in the vault; null while there is none this person may read. */
export function useRecommendation(caseId: string, held: string, enabled: boolean) {
  return useQuery({
    queryKey: [...recommendationKey(caseId), held],
    queryFn: async (): Promise<OpenedRecommendation | null> => {
      const record = await api.get<SealedRecommendation>(recommendationPath(caseId)).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!record) return null;
      const comments = record.feedback?.comments;
      return {
        record,
        content: await opened(() => openRecommendation(vault(), caseId, record.body)),
        comments: comments ? await opened(() => openText(vault(), feedbackRef(caseId), comments)) : null,
      };
    },
    enabled,
    // Fresh whenever the tab opens: the other side writes here (submission, feedback, questions, answers).
    staleTime: 0,
    refetchInterval: 15_000,
  });
}

/**
 * Saves a draft, or submits the final text (which completes the case): sealed with the newest case-key
 * generation; `version` is the draft's, 0 before the first save.
 */
export function useWriteRecommendation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ content, version, submit }: { content: RecommendationContent; version: number; submit: boolean }) => {
      const body = { body: await sealRecommendation(vault(), caseId, content, await latestHeldGeneration(caseId)), attachments: content.attachments };
      const path = recommendationPath(caseId);
      return submit
        ? api.post<SealedRecommendation>(`${path}/submission`, body, { version })
        : api.put<SealedRecommendation>(path, body, { version });
    },
    // Submission changes the case's status too.
    onSuccess: (_, { submit }) => queryClient.invalidateQueries({ queryKey: submit ? caseKey(caseId) : recommendationKey(caseId) }),
  });
}

export function useGiveFeedback(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ rating, comments }: { rating: number; comments: string }) => {
      const sealed = comments.trim() ? await seal(vault(), feedbackRef(caseId), comments, await latestHeldGeneration(caseId)) : null;
      await api.post(`${recommendationPath(caseId)}/feedback`, { rating, comments: sealed });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationKey(caseId) }),
  });
}

/** The thread under the recommendation, opened; `held` re-opens it when a key arrives. */
export function useClarifications(caseId: string, held: string, enabled: boolean) {
  return useQuery({
    queryKey: [...recommendationKey(caseId), 'clarifications', held],
    queryFn: async (): Promise<OpenedClarification[]> => {
      const thread = await api.get<SealedClarification[]>(`${recommendationPath(caseId)}/clarifications`);
      return Promise.all(
        thread.map(async (message) => ({ ...message, text: await opened(() => openText(vault(), clarificationRef(caseId, message.id), message.body)) })),
      );
    },
    enabled,
    // Fresh whenever the tab opens: the other side writes here (submission, feedback, questions, answers).
    staleTime: 0,
    refetchInterval: 15_000,
  });
}

/** A question (requester side) or an answer (provider): the id is made here, because the envelope is bound to it. */
export function useAddClarification(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => {
      const id = globalThis.crypto.randomUUID();
      const body = await seal(vault(), clarificationRef(caseId, id), text, await latestHeldGeneration(caseId));
      return api.post<SealedClarification>(`${recommendationPath(caseId)}/clarifications`, { id, body });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...recommendationKey(caseId), 'clarifications'] }),
  });
}
