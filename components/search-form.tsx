import { searchPath } from "@/lib/routes";
import { withBase } from "@/lib/site";

/** A plain GET form to the search page: works without JavaScript; search (issue 5) builds on it. */
export function SearchForm({ id = "site-search", name = "Site", large = false }: { id?: string; name?: string; large?: boolean }) {
  return (
    <form role="search" aria-label={name} action={withBase(searchPath())} method="get" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        Search titles and abstracts
      </label>
      <input
        id={id}
        type="search"
        name="q"
        placeholder="Search titles and abstracts"
        autoComplete="off"
        className={`min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400 ${large ? "py-2.5 text-base" : "py-1.5 text-sm"}`}
      />
      <button
        type="submit"
        className={`rounded-md bg-indigo-700 px-3 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-stone-950 dark:hover:bg-indigo-300 ${large ? "py-2.5 text-base" : "py-1.5 text-sm"}`}
      >
        Search
      </button>
    </form>
  );
}
