/** A search box: its placeholder is its accessible name, so a screen reader says what it searches. */
export function SearchField({
  name,
  label,
  value,
  onChange,
  className,
}: {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  className?: string;
}) {
  return (
    <input
      type="search"
      name={name}
      className={className}
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
