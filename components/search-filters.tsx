"use client";
// The search page's filters: topic, year and sort order. Wide screens show them in one compact row
// under the query; narrow ones fold them behind a "Filters" button and show the active ones as
// chips that remove themselves, so the first result stays on the first screen.
import { useState } from "react";

export type FilterValues = { topic: string; year: string; sort: string };
type Option = [value: string, text: string];

type Props = {
  values: FilterValues;
  topicOptions: Option[];
  yearOptions: Option[];
  sortOptions: Option[];
  /** The value a filter has when it is off ("" for topic and year, "relevance" for sort). */
  offValues: FilterValues;
  onChange: (change: Partial<FilterValues>) => void;
};

const FIELDS = [
  ["topic", "Topic", "sm:w-56"],
  ["year", "Year", "sm:w-36"],
  ["sort", "Sort by", "sm:w-40"],
] as const;

export function SearchFilters({ values, topicOptions, yearOptions, sortOptions, offValues, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = "search-filters"; // one per page, the same in every render root
  const options = { topic: topicOptions, year: yearOptions, sort: sortOptions };
  const active = FIELDS.filter(([key]) => values[key] !== offValues[key]);
  const textOf = (key: keyof FilterValues) => options[key].find(([v]) => v === values[key])?.[1].replace(/ \(\d+\)$/, "") ?? values[key];
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2 sm:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className="inline-flex min-h-10 items-center gap-1.5 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium dark:border-stone-600 dark:bg-stone-900"
        >
          Filters{active.length > 0 && ` (${active.length})`}
          <span aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
        {active.map(([key, label]) => (
          <button
            key={key}
            type="button"
            onClick={() => onChange({ [key]: offValues[key] })}
            title={`${label}: ${textOf(key)}`}
            className="inline-flex min-h-10 items-center gap-1.5 rounded-full bg-indigo-50 px-3 text-sm text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
          >
            <span className="sr-only">Remove </span>
            {textOf(key)}
            <span aria-hidden="true">✕</span>
          </button>
        ))}
      </div>
      <div id={panelId} className={`${open ? "flex" : "hidden"} mt-2 flex-col gap-2 sm:mt-0 sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4`}>
        {FIELDS.map(([key, label, width]) => (
          <Select key={key} label={label} width={width} value={values[key]} options={options[key]} onChange={(v) => onChange({ [key]: v })} />
        ))}
      </div>
    </div>
  );
}

function Select({ label, width, value, options, onChange }: { label: string; width: string; value: string; options: Option[]; onChange: (v: string) => void }) {
  const id = `search-${label.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="w-16 shrink-0 text-sm font-medium sm:w-auto">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`min-h-10 w-full min-w-0 truncate rounded-md border border-stone-300 bg-white px-2 text-sm dark:border-stone-600 dark:bg-stone-900 ${width}`}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
