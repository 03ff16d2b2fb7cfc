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
