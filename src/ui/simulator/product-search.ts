import type { Product } from '../../domain/product.ts';

/**
 * Catalog products matching what the analyst typed: every word must appear in the id, name, brand
 * or category (case-insensitive); products whose id or name starts with the query come first,
 * then catalog order. An empty query lists the catalog's first products.
 * @example searchProducts(products, 'ched 400').map((p) => p.id) // ['p-001']
 */
export function searchProducts(products: readonly Product[], query: string, limit = 8): Product[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const q = query.trim().toLowerCase();
  const hits: { readonly product: Product; readonly rank: number; readonly index: number }[] = [];
  products.forEach((product, index) => {
    const brand = product.attributes['brand'];
    const category = product.attributes['category'];
    const hay = [product.id, product.name, typeof brand === 'string' ? brand : '', typeof category === 'string' ? category : ''].join(' ').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return;
    const prefix = q !== '' && (product.id.toLowerCase().startsWith(q) || product.name.toLowerCase().startsWith(q));
    hits.push({ product, rank: prefix ? 0 : 1, index });
  });
  hits.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return hits.slice(0, limit).map((h) => h.product);
}
