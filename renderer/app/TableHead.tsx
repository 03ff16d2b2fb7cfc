/** A table's header row: one cell a column title (an empty title for an actions column). */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((title, i) => (
          <th key={`${i}-${title}`}>{title}</th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * The header cell of a column the table sorts by: a button that sorts (again: the other way round), `aria-sort`
 * saying which column sorts and in which direction, and an arrow beside the title for the eye. `as="span"` for a
 * table laid out in divs (a virtualised list with `role="table"`).
 */
export function SortableHeader({ title, direction, onSort, as: Cell = 'th' }: { title: string; direction?: 'asc' | 'desc'; onSort(): void; as?: 'th' | 'span' }) {
  return (
    <Cell role={Cell === 'span' ? 'columnheader' : undefined} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
      <button type="button" className={direction ? 'sort sorted' : 'sort'} onClick={onSort}>
        {title}
        <span className="sort-mark" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </Cell>
  );
}
