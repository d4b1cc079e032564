export type FilterOption = { value: string; label: string };

export const filterControl =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

/** One labelled select of a GET filter form; its first, empty option means "no filter". */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  value?: string;
  anyLabel: string;
  options: FilterOption[];
}) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={value ?? ''} className={filterControl}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
