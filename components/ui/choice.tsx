// Checkbox and radio with their label as one target of at least 44 px, alone (Check) or as a
// group of tiles (ChoiceGroup) inside a fieldset whose legend names the question.
import type { InputHTMLAttributes, ReactNode } from "react";

type CheckProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { type?: "checkbox" | "radio"; label: ReactNode; tile?: boolean };

export function Check({ type = "checkbox", label, tile = false, className, ...input }: CheckProps) {
  return (
    <label className={[tile ? "option" : "check", className].filter(Boolean).join(" ")}>
      <input type={type} {...input} />
      <span>{label}</span>
    </label>
  );
}

type Option = { value: string; label: ReactNode; disabled?: boolean };

type ChoiceGroupProps = {
  legend: ReactNode;
  /** Hide the legend visually when a heading above already says it. */
  legendHidden?: boolean;
  name: string;
  type?: "radio" | "checkbox";
  options: Option[];
  value?: string | string[];
  defaultValue?: string;
  onChange?: (value: string, checked: boolean) => void;
  disabled?: boolean;
};

export function ChoiceGroup({ legend, legendHidden, name, type = "radio", options, value, defaultValue, onChange, disabled }: ChoiceGroupProps) {
  const isChecked = (v: string) => (Array.isArray(value) ? value.includes(v) : value === undefined ? undefined : value === v);
  return (
    <fieldset>
      <legend className={legendHidden ? "visually-hidden" : undefined}>{legend}</legend>
      <ul className="options">
        {options.map((o) => (
          <li key={o.value}>
            <Check
              tile
              type={type}
              name={name}
              value={o.value}
              label={o.label}
              disabled={disabled || o.disabled}
              checked={isChecked(o.value)}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === o.value}
              onChange={onChange ? (e) => onChange(o.value, e.currentTarget.checked) : undefined}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
