import { useTranslation } from 'react-i18next';
import { reasonText } from './Field.js';

/** The columns of an imported file as a field's choices: "—" (not in the file) or a column by its header. */
export function ColumnSelect({ label, value, headers, onChange }: { label: string; value: number | undefined; headers: readonly string[]; onChange(index: number | undefined): void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">—</option>
        {headers.map((header, index) => (
          <option key={index} value={index}>
            {header || `#${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The rows of an imported file that will not be imported: each line with its problems, field by field. */
export function RowErrors({ rows, title, line, problem, fieldName }: { rows: ReadonlyArray<{ line: number; errors: Record<string, string> }>; title: string; line: string; problem: string; fieldName(field: string): string }) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <>
      <h2>{title}</h2>
      <table className="registry-errors">
        <thead>
          <tr>
            <th>{line}</th>
            <th>{problem}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-line={row.line}>
              <td className="num">{row.line}</td>
              <td>
                {Object.entries(row.errors)
                  .map(([field, code]) => `${fieldName(field)}: ${reasonText(t, code)}`)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
