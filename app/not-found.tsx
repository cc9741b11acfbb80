// What a page shows if it calls notFound(). No static page does (every route lists its params and
// sets dynamicParams = false), and addresses the catalog lacks get app/global-not-found.tsx as
// 404.html; but the root layout carries this boundary in every page's payload, so it stays small.
export default function NotFound() {
  return <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>;
}
