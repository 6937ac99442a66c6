import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Tabs } from '../../../components/ui/Tabs';
import { useCaseList, type CaseListSource } from '../api/case-list';
import {
  filterBy,
  readListState,
  showView,
  sortBy,
  writeListState,
  type CaseFilter,
  type CaseListState,
  type CaseListView,
  type CaseSort,
} from '../list-query';
import { CaseFilters } from './CaseFilters';
import { CaseSearch } from './CaseSearch';
import { CasesTable } from './CasesTable';

const VIEW_TABS: { id: CaseListView; label: string }[] = [
  { id: 'active', label: 'Active' },
  { id: 'completed', label: 'Completed' },
  { id: 'archived', label: 'Archived' },
];

const NOTHING_IN_VIEW: Record<CaseListView, string> = {
  active: 'No active cases.',
  completed: 'No completed cases yet.',
  archived: 'No archived cases.',
};

type Props = {
  source: CaseListSource;
  filters: readonly CaseFilter[];
  caption: string;
  linkTo: (id: string) => string;
  /** Said when the Active tab is empty without any filter: how cases come to be there. */
  emptyActive: string;
};

/**
 * A case list with its tabs (Active, Completed, Archived), sortable columns, filters and search, all
 * kept in the address so that a reload or a shared link shows the same list; "Load more" pages on.
 */
export function CaseList({ source, filters, caption, linkTo, emptyActive }: Props) {
  const [params, setParams] = useSearchParams();
  const state = readListState(params, filters);
  const show = useCallback(
    (next: CaseListState) => setParams(writeListState(next), { replace: true }),
    [setParams],
  );
  const search = useCallback(
    (q: string) => setParams((current) => writeListState({ ...readListState(current, filters), q }), { replace: true }),
    [setParams, filters],
  );

  return (
    <Tabs label="Case lists" tabs={VIEW_TABS} selected={state.view} onSelect={(view) => show(showView(state, view))}>
      <div className="case-list-controls">
        <CaseSearch query={state.q} onSearch={search} />
        <CaseFilters state={state} allowed={filters} onFilter={(filter, value) => show(filterBy(state, filter, value))} />
      </div>
      <CasePages
        source={source}
        state={state}
        caption={caption}
        linkTo={linkTo}
        empty={emptyMessage(state, emptyActive)}
        onSort={(sort) => show(sortBy(state, sort))}
      />
    </Tabs>
  );
}

function emptyMessage(state: CaseListState, emptyActive: string): string {
  if (state.q !== '' || Object.values(state.filters).some(Boolean)) return 'No cases match the search and filters.';
  return state.view === 'active' ? emptyActive : NOTHING_IN_VIEW[state.view];
}

type PagesProps = Omit<Props, 'filters' | 'emptyActive'> & {
  state: CaseListState;
  empty: string;
  onSort: (sort: CaseSort) => void;
};

function CasePages({ source, state, caption, linkTo, empty, onSort }: PagesProps) {
  const list = useCaseList(source, state);
  if (list.isPending) return <Loading what="Loading cases…" />;
  if (!list.data) return <FormError error={list.error} />;
  const cases = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {cases.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <CasesTable cases={cases} caption={caption} linkTo={linkTo} sort={state.sort} direction={state.direction} onSort={onSort} />
      )}
      {list.isError && <FormError error={list.error} />}
      {list.hasNextPage && (
        <div className="form-actions">
          <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Load more cases
          </Button>
        </div>
      )}
    </>
  );
}
