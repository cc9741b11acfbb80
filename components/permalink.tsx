import { CopyPermalink } from "@/components/copy-permalink";

/** The paper's permanent address, visible and selectable, with a copy button when JS runs. */
export function Permalink({ url }: { url: string }) {
  return (
    <div className="mt-6 rounded-lg bg-stone-100 px-4 py-3 text-sm dark:bg-stone-900">
      {/* The row keeps its height whether or not the button has appeared: no layout shift. */}
      <div className="flex min-h-9 flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium">Permalink</span>
        <CopyPermalink url={url} />
      </div>
      <a href={url} className="mt-1 block break-all font-mono text-indigo-700 underline dark:text-indigo-300" data-permalink>
        {url}
      </a>
    </div>
  );
}
