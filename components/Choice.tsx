/** A labelled select for the GET forms that keep a page's state in its URL. */
export function Choice({
  name,
  label,
  options,
  value,
  any,
}: {
  name: string;
  label: string;
  options: string[];
  value: string;
  /** When given, a first option with an empty value that stands for "all". */
  any?: string;
}) {
  return (
    <label>
      {label}{' '}
      <select name={name} defaultValue={value}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
