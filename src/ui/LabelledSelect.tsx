/**
 * A visible label and its picker, kept together on one row when a toolbar wraps (the phone's
 * menu would otherwise leave a label at one row's end and its picker on the next).
 */
export interface SelectOption<T extends string> {
  readonly value: T;
  readonly label: string;
  /** The option's own language, when it names one ("Español" read as Spanish). */
  readonly lang?: string;
}

export function LabelledSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
}) {
  return (
    <span className="detente-labelled">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="detente-select"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
