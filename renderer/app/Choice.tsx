/** A select over a closed list of values, each shown by its label. */
export function Choice<T extends string>(props: { value: T; options: readonly T[]; label(value: T): string; onChange(value: T): void; id?: string }) {
  const { value, options, label, onChange, ...rest } = props;
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}
