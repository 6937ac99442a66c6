// The state of a case list (tab, sort, filters, search) and its two spellings: the page's query
// string, so a list can be bookmarked and survives a reload, and the API's parameters. Only
// plaintext metadata appears in either.
import type { CaseStatus, EngagementType } from '../../types/api';

export type CaseListView = 'active' | 'completed' | 'archived';
export type CaseSort = 'activity' | 'created' | 'name' | 'doctor' | 'status';
export type SortDirection = 'asc' | 'desc';
export type CaseFilter = 'status' | 'engagementType' | 'specialtyId' | 'providerId' | 'organizationId';

export type CaseListState = {
  view: CaseListView;
  sort: CaseSort;
  direction: SortDirection;
  filters: Partial<Record<CaseFilter, string>>;
  q: string;
};

export const VIEWS: readonly CaseListView[] = ['active', 'completed', 'archived'];

/** Which statuses each tab lists (product.md, "List views"). */
export const VIEW_STATUSES: Record<CaseListView, readonly CaseStatus[]> = {
  active: ['NEW', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED', 'REJECTED'],
  completed: ['DONE'],
  archived: ['ARCHIVED'],
};

const SORTS: readonly CaseSort[] = ['activity', 'created', 'name', 'doctor', 'status'];
const ENGAGEMENT_TYPES: readonly EngagementType[] = ['SECOND_OPINION', 'EXPERT_ENGAGEMENT'];
const FILTERS: readonly CaseFilter[] = ['status', 'engagementType', 'specialtyId', 'providerId', 'organizationId'];

/** Dates read best newest first, names and statuses alphabetically (the API's defaults too). */
export const defaultDirection = (sort: CaseSort): SortDirection => (sort === 'activity' || sort === 'created' ? 'desc' : 'asc');

export const DEFAULT_STATE: CaseListState = { view: 'active', sort: 'activity', direction: 'desc', filters: {}, q: '' };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/**
 * The list a query string describes, keeping only the filters this person may use and a status
 * that belongs to the tab; anything unknown falls back to the default.
 */
export function readListState(params: URLSearchParams, allowed: readonly CaseFilter[]): CaseListState {
  const view = oneOf(VIEWS, params.get('view')) ?? DEFAULT_STATE.view;
  const sort = oneOf(SORTS, params.get('sort')) ?? DEFAULT_STATE.sort;
  const direction = oneOf(['asc', 'desc'] as const, params.get('direction')) ?? defaultDirection(sort);
  const filters: CaseListState['filters'] = {};
  for (const filter of FILTERS) {
    const value = params.get(filter);
    if (!value || !allowed.includes(filter) || !validFilter(filter, value, view)) continue;
    filters[filter] = value;
  }
  return { view, sort, direction, filters, q: params.get('q')?.trim() ?? '' };
}

function validFilter(filter: CaseFilter, value: string, view: CaseListView): boolean {
  if (filter === 'status') return VIEW_STATUSES[view].some((status) => status === value);
  if (filter === 'engagementType') return oneOf(ENGAGEMENT_TYPES, value) !== undefined;
  return true;
}

/** The page's query string: only what differs from the defaults, so a plain list has a plain address. */
export function writeListState(state: CaseListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.direction !== defaultDirection(state.sort)) params.set('direction', state.direction);
  for (const filter of FILTERS) {
    const value = state.filters[filter];
    if (value) params.set(filter, value);
  }
  if (state.q) params.set('q', state.q);
  return params;
}

/** GET /api/cases (or /api/admin/cases) parameters for one page; `after` is the previous page's `next`. */
export function apiParams(state: CaseListState, after: string | null): URLSearchParams {
  const params = new URLSearchParams({ view: state.view, sort: state.sort, direction: state.direction });
  for (const filter of FILTERS) {
    const value = state.filters[filter];
    if (value) params.set(filter, value);
  }
  if (state.q) params.set('q', state.q);
  if (after) params.set('after', after);
  return params;
}

/** A click on a column header: the same column turns round, another starts in its natural order. */
export function sortBy(state: CaseListState, sort: CaseSort): CaseListState {
  const direction = state.sort === sort ? (state.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
  return { ...state, sort, direction };
}

/** Another tab: a status filter of the previous tab would match nothing there. */
export function showView(state: CaseListState, view: CaseListView): CaseListState {
  const { status: _status, ...others } = state.filters;
  return { ...state, view, filters: others };
}

export function filterBy(state: CaseListState, filter: CaseFilter, value: string): CaseListState {
  return { ...state, filters: { ...state.filters, [filter]: value || undefined } };
}
