import type { ProductSchema } from '../../src/domain/product.ts';
import type { z } from 'zod';
import { makeRng, intBetween, shelfPrice } from './rng.ts';

type ProductInput = z.input<typeof ProductSchema>;

/** A hand-written catalog entry: promotions and baskets name it by `key`, files by its `p-NNN` id. */
interface Entry {
  readonly key: string;
  readonly name: string;
  readonly brand: string;
  readonly price: string;
  readonly tags: readonly string[];
  readonly stockLabel?: 'regular' | 'clearance' | 'seasonal';
  readonly onSale?: boolean;
  readonly floorPrice?: string;
  readonly membership?: boolean;
}

const e = (key: string, name: string, brand: string, price: string, tags: readonly string[], extra: Partial<Entry> = {}): Entry => ({
  key, name, brand, price, tags, ...extra,
});

/**
 * Products the promotions and baskets are built around, per category. Their prices are chosen so
 * the hand calculations in the baskets stay readable (SPEC §12 uses the same numbers).
 */
const KEY_PRODUCTS: Readonly<Record<string, readonly Entry[]>> = {
  grocery: [
    e('aged-cheddar', 'Meadow Farms aged cheddar 400 g', 'Meadow Farms', '10.00', ['dairy']),
    e('greek-yogurt', 'Meadow Farms Greek yogurt 750 g', 'Meadow Farms', '5.49', ['dairy']),
    e('salted-butter', 'Meadow Farms salted butter 454 g', 'Meadow Farms', '6.29', ['dairy']),
    e('milk-2l', 'Meadow Farms 2% milk 2 L', 'Meadow Farms', '4.99', ['dairy']),
    e('basmati', 'Maple Ridge basmati rice 2 kg', 'Maple Ridge', '8.90', ['pantry']),
    e('maple-syrup', 'Maple Ridge amber maple syrup 500 ml', 'Maple Ridge', '12.50', ['pantry']),
    e('olive-oil', 'Maple Ridge extra virgin olive oil 1 L', 'Maple Ridge', '14.60', ['pantry']),
    e('rolled-oats', 'Maple Ridge large-flake rolled oats 1 kg', 'Maple Ridge', '4.49', ['pantry']),
    e('wildflower-honey', 'Maple Ridge wildflower honey 500 g', 'Maple Ridge', '9.99', ['pantry']),
    e('spaghetti', 'Trattoria spaghetti 500 g', 'Trattoria', '2.49', ['pasta']),
    e('penne', 'Trattoria penne rigate 500 g', 'Trattoria', '2.49', ['pasta']),
    e('marinara', 'Trattoria marinara sauce 680 ml', 'Trattoria', '4.00', ['pasta', 'sauce']),
    e('basil-pesto', 'Trattoria basil pesto 190 g', 'Trattoria', '5.29', ['pasta', 'sauce']),
    e('lasagna-sheets', 'Trattoria oven-ready lasagna 375 g', 'Trattoria', '3.29', ['pasta']),
    e('bananas', 'Green Acre bananas, bunch', 'Green Acre', '1.99', ['produce']),
    e('avocados', 'Green Acre avocados, 2-pack', 'Green Acre', '3.49', ['produce']),
    e('baby-spinach', 'Green Acre baby spinach 312 g', 'Green Acre', '4.99', ['produce']),
    e('honeycrisp', 'Green Acre Honeycrisp apples 3 lb', 'Green Acre', '5.99', ['produce']),
    e('vine-tomatoes', 'Green Acre tomatoes on the vine 1 lb', 'Green Acre', '4.49', ['produce']),
  ],
  beverages: [
    e('fizzco-cola', 'Fizzco cola 12 × 355 ml', 'Fizzco', '10.00', ['soda']),
    e('fizzco-lemon-lime', 'Fizzco lemon-lime 12 × 355 ml', 'Fizzco', '9.00', ['soda']),
    e('fizzco-ginger-ale', 'Fizzco ginger ale 12 × 355 ml', 'Fizzco', '8.00', ['soda']),
    e('fizzco-root-beer', 'Fizzco root beer 12 × 355 ml', 'Fizzco', '7.00', ['soda']),
    e('cold-brew', 'Roastery 21 cold brew coffee 1 L', 'Roastery 21', '6.00', ['coffee']),
    e('espresso-beans', 'Roastery 21 espresso beans 907 g', 'Roastery 21', '17.99', ['coffee']),
    e('sparkling-water', 'Clearspring sparkling water 8 × 355 ml', 'Clearspring', '5.49', ['water']),
    e('orange-juice', 'Sunvale orange juice 1.75 L', 'Sunvale', '5.29', ['juice']),
  ],
  bakery: [
    e('sourdough', 'Golden Crust sourdough loaf', 'Golden Crust', '6.50', ['bread']),
    e('croissant', 'Golden Crust butter croissant', 'Golden Crust', '2.25', ['pastry']),
    e('baguette', 'Golden Crust baguette', 'Golden Crust', '3.49', ['bread']),
    e('cinnamon-buns', 'Golden Crust cinnamon buns, 4-pack', 'Golden Crust', '6.99', ['pastry']),
    e('hot-cross-buns', 'Golden Crust hot cross buns, 6-pack', 'Golden Crust', '5.99', ['pastry'], { stockLabel: 'seasonal' }),
    e('shortbread-tin', 'Golden Crust holiday shortbread tin', 'Golden Crust', '9.99', ['cookies'], { stockLabel: 'clearance', onSale: true }),
  ],
  snacks: [
    e('sea-salt-chips', 'Crunchtime sea salt kettle chips 200 g', 'Crunchtime', '4.49', ['chips']),
    e('bbq-chips', 'Crunchtime BBQ chips 200 g', 'Crunchtime', '3.99', ['chips']),
    e('pretzels', 'Crunchtime pretzel twists 300 g', 'Crunchtime', '2.99', ['pretzels']),
    e('trail-mix', 'Crunchtime trail mix 400 g', 'Crunchtime', '6.49', ['nuts']),
    e('spicy-chips', 'Crunchtime spicy jalapeño chips 200 g', 'Crunchtime', '2.50', ['chips'], { onSale: true }),
    e('dark-chocolate', 'Cocoa & Co 70 % dark chocolate bar', 'Cocoa & Co', '3.49', ['chocolate']),
  ],
  household: [
    e('all-purpose-cleaner', 'EcoShine all-purpose cleaner 750 ml', 'EcoShine', '5.00', ['cleaning']),
    e('glass-cleaner', 'EcoShine glass cleaner 750 ml', 'EcoShine', '3.49', ['cleaning']),
    e('floor-cleaner', 'EcoShine floor cleaner 1 L', 'EcoShine', '6.99', ['cleaning']),
    e('laundry-pods', 'EcoShine laundry pods, 42 count', 'EcoShine', '14.99', ['laundry']),
    e('stoneware-mug', 'Hearth & Home stoneware mug', 'Hearth & Home', '11.00', ['mug']),
    e('latte-mug', 'Hearth & Home latte mug', 'Hearth & Home', '12.00', ['mug']),
    e('travel-mug', 'Hearth & Home insulated travel mug', 'Hearth & Home', '14.00', ['mug']),
    e('soy-candle', 'Hearth & Home soy candle, cedar', 'Hearth & Home', '18.00', ['candle', 'gift']),
    e('reusable-tote', 'Northwind reusable tote bag', 'Northwind', '2.99', ['bag', 'gift']),
  ],
  'personal-care': [
    e('shampoo', 'Pure Leaf Botanics argan shampoo 400 ml', 'Pure Leaf Botanics', '8.00', ['shampoo', 'hair']),
    e('conditioner', 'Pure Leaf Botanics argan conditioner 400 ml', 'Pure Leaf Botanics', '9.00', ['conditioner', 'hair']),
    e('body-wash', 'Pure Leaf Botanics eucalyptus body wash', 'Pure Leaf Botanics', '6.99', ['body']),
    e('toothpaste', 'Brightsmile whitening toothpaste 100 ml', 'Brightsmile', '3.99', ['oral']),
    e('sunscreen', 'Pure Leaf Botanics mineral sunscreen SPF 50', 'Pure Leaf Botanics', '12.99', ['sun'], { stockLabel: 'seasonal' }),
  ],
  'electronics-accessories': [
    e('power-bank', 'Voltix 10 000 mAh power bank', 'Voltix', '39.99', ['power']),
    e('earbuds', 'Voltix wireless earbuds', 'Voltix', '49.99', ['audio']),
    e('usb-c-charger', 'Voltix 65 W USB-C charger', 'Voltix', '34.99', ['power']),
    e('anc-headphones', 'Voltix noise-cancelling headphones', 'Voltix', '129.00', ['audio'], { floorPrice: '110.00' }),
    e('smart-speaker', 'Voltix smart speaker', 'Voltix', '79.99', ['audio'], { floorPrice: '69.99' }),
    e('usb-c-cable', 'Linkwell USB-C cable 1 m', 'Linkwell', '12.99', ['cable']),
    e('lightning-cable', 'Linkwell USB-C to Lightning cable 2 m', 'Linkwell', '19.99', ['cable']),
    e('hdmi-cable', 'Linkwell HDMI 2.1 cable 2 m', 'Linkwell', '15.99', ['cable']),
  ],
  toys: [
    e('fire-truck-set', 'Brickworks fire truck set', 'Brickworks', '12.00', ['building']),
    e('race-car-set', 'Brickworks race car set', 'Brickworks', '12.00', ['building']),
    e('plush-fox', 'Playloft plush fox', 'Playloft', '11.00', ['plush']),
    e('plush-owl', 'Playloft plush owl', 'Playloft', '11.00', ['plush']),
    e('bubble-wands', 'Playloft bubble wand set', 'Playloft', '10.00', ['outdoor']),
    e('water-blaster', 'Playloft water blaster', 'Playloft', '16.99', ['outdoor'], { stockLabel: 'seasonal' }),
  ],
  apparel: [
    e('slim-jeans', 'Denim Row slim jeans', 'Denim Row', '59.00', ['jeans']),
    e('straight-jeans', 'Denim Row straight jeans', 'Denim Row', '64.00', ['jeans']),
    e('leather-belt', 'Denim Row leather belt', 'Denim Row', '24.00', ['belt']),
    e('crew-socks', 'Softstep cotton crew socks', 'Softstep', '6.00', ['socks']),
    e('ankle-socks', 'Softstep ankle socks', 'Softstep', '5.00', ['socks']),
    e('rain-jacket', 'Trailhead spring rain jacket', 'Trailhead', '80.00', ['outerwear', 'spring']),
    e('windbreaker', 'Trailhead packable windbreaker', 'Trailhead', '65.00', ['outerwear', 'spring']),
    e('winter-parka', 'Trailhead winter parka', 'Trailhead', '149.00', ['outerwear'], { stockLabel: 'clearance', onSale: true }),
    e('basic-tee', 'Northwind organic cotton tee', 'Northwind', '14.00', ['tops']),
  ],
  classes: [
    e('sourdough-masterclass', 'Kitchen Studio: sourdough masterclass', 'Northwind Kitchen Studio', '100.00', ['class']),
    e('knife-skills', 'Kitchen Studio: knife skills', 'Northwind Kitchen Studio', '80.00', ['class']),
    e('kids-pizza', "Kitchen Studio: kids' pizza workshop", 'Northwind Kitchen Studio', '50.00', ['class', 'kids']),
    e('pasta-making', 'Kitchen Studio: fresh pasta making', 'Northwind Kitchen Studio', '75.00', ['class']),
  ],
  memberships: [
    e('plus-annual', 'Northwind Plus annual membership', 'Northwind', '49.00', ['membership'], { membership: true }),
    e('plus-monthly', 'Northwind Plus monthly membership', 'Northwind', '5.99', ['membership'], { membership: true }),
  ],
};

/**
 * Filler assortment: nouns per category that no promotion names by product, priced by the seeded
 * generator. They make the catalog feel like a store (search, pickers, big baskets) without
 * touching any hand-computed basket.
 */
const FILLERS: Readonly<Record<string, { brands: readonly string[]; tag: string; range: readonly [number, number]; nouns: readonly string[] }>> = {
  grocery: {
    brands: ['Northwind', 'Maple Ridge'], tag: 'staples', range: [2, 9],
    nouns: ['canned chickpeas 540 ml', 'black beans 540 ml', 'smooth peanut butter 1 kg', 'strawberry jam 500 ml', 'chicken broth 900 ml',
      'maple granola 750 g', 'brown rice 2 kg', 'white quinoa 900 g', 'coconut milk 400 ml', 'diced tomatoes 796 ml',
      'all-purpose flour 2.5 kg', 'cane sugar 2 kg', 'sea salt grinder', 'whole peppercorns', 'dijon mustard 325 ml',
      'mayonnaise 890 ml', 'ketchup 1 L', 'apple cider vinegar 1 L', 'frozen peas 750 g', 'frozen blueberries 600 g'],
  },
  beverages: {
    brands: ['Clearspring', 'Sunvale', 'Roastery 21'], tag: 'drinks', range: [3, 14],
    nouns: ['still water 24 × 500 ml', 'apple juice 1.75 L', 'cranberry cocktail 1.89 L', 'lemonade 2 L', 'iced tea 12 × 341 ml',
      'green tea, 20 bags', 'chai tea, 20 bags', 'medium roast ground coffee 340 g', 'decaf coffee pods, 12 count', 'oat milk barista 946 ml',
      'kombucha ginger 414 ml', 'coconut water 1 L', 'sparkling grapefruit 8 × 355 ml', 'hot chocolate mix 500 g'],
  },
  bakery: {
    brands: ['Golden Crust'], tag: 'baked', range: [2, 9],
    nouns: ['multigrain loaf', 'rye bread', 'ciabatta rolls, 6-pack', 'bagels, 6-pack', 'blueberry muffins, 6-pack',
      'chocolate chip cookies, 12-pack', 'pain au chocolat', 'brioche loaf', 'English muffins, 6-pack', 'carrot cake slice',
      'focaccia', 'whole wheat pitas, 6-pack'],
  },
  snacks: {
    brands: ['Crunchtime', 'Cocoa & Co'], tag: 'treats', range: [2, 7],
    nouns: ['sour cream & onion chips 200 g', 'tortilla chips 300 g', 'salsa 430 ml', 'microwave popcorn, 3-pack', 'rice crackers 100 g',
      'roasted almonds 300 g', 'gummy bears 180 g', 'milk chocolate bar', 'peanut butter cups, 4-pack', 'granola bars, 8-pack',
      'beef jerky 80 g', 'cheese puffs 255 g'],
  },
  household: {
    brands: ['EcoShine', 'Hearth & Home', 'Northwind'], tag: 'home', range: [3, 24],
    nouns: ['paper towels, 6 rolls', 'bathroom tissue, 12 rolls', 'trash bags, 40 count', 'kitchen sponges, 6-pack', 'dishwasher tablets, 60 count',
      'fabric softener 1.5 L', 'microfibre cloths, 8-pack', 'aluminium foil 25 m', 'food storage bags, 50 count', 'LED bulbs, 4-pack',
      'tea towels, 3-pack', 'glass food containers, 5-piece', 'salad bowl', 'dinner plates, 4-pack'],
  },
  'personal-care': {
    brands: ['Pure Leaf Botanics', 'Brightsmile'], tag: 'care', range: [3, 16],
    nouns: ['hand soap 500 ml', 'facial cleanser 150 ml', 'daily moisturizer 100 ml', 'lip balm, 2-pack', 'natural deodorant',
      'electric toothbrush heads, 4-pack', 'mouthwash 1 L', 'dental floss, 2-pack', 'hand cream 75 ml', 'bath salts 500 g',
      'cotton rounds, 100 count', 'dry shampoo 150 g'],
  },
  'electronics-accessories': {
    brands: ['Voltix', 'Linkwell'], tag: 'tech', range: [9, 45],
    nouns: ['phone case, clear', 'screen protector, 2-pack', 'wireless charging pad', 'car phone mount', 'Bluetooth tracker',
      'laptop sleeve 14"', 'USB flash drive 128 GB', 'microSD card 256 GB', 'wireless mouse', 'webcam cover, 3-pack',
      'smartwatch band', 'surge protector, 6 outlets'],
  },
  toys: {
    brands: ['Playloft', 'Brickworks'], tag: 'play', range: [8, 39],
    nouns: ['1000-piece puzzle', 'family board game', 'card game', 'wooden train set', 'art kit', 'modelling dough, 8 colours',
      'kite', 'jump rope', 'science kit', 'doll house furniture set', 'space station set', 'dinosaur figures, 6-pack'],
  },
  apparel: {
    brands: ['Northwind', 'Trailhead', 'Softstep'], tag: 'wear', range: [9, 59],
    nouns: ['hooded sweatshirt', 'fleece pullover', 'chino shorts', 'linen shirt', 'knit beanie', 'rain boots', 'baseball cap',
      'leggings', 'flannel shirt', 'wool scarf', 'running shorts', 'sleep shorts'],
  },
};

/** Labels the seeded generator hands out to fillers: mostly regular, a few clearance and seasonal. */
const FILLER_STOCK_LABELS = ['regular', 'regular', 'regular', 'regular', 'regular', 'regular', 'clearance', 'seasonal'] as const;

export interface Catalog {
  readonly products: readonly ProductInput[];
  /** `p-NNN` id of a hand-written product by its key; throws for an unknown key (a typo in the generator). */
  readonly id: (key: string) => string;
  /** Catalog price of a product id. */
  readonly priceOf: (productId: string) => string;
}

const pad = (n: number): string => String(n).padStart(3, '0');

/**
 * Builds the sample catalog: hand-written products first, then seeded fillers, ids `p-001`….
 * @example makeCatalog().id('fizzco-cola') // 'p-020'
 */
export function makeCatalog(): Catalog {
  const next = makeRng(20260504);
  const products: ProductInput[] = [];
  const byKey = new Map<string, string>();
  for (const [category, entries] of Object.entries(KEY_PRODUCTS)) {
    for (const entry of entries) {
      const id = `p-${pad(products.length + 1)}`;
      byKey.set(entry.key, id);
      products.push({
        id,
        name: entry.name,
        price: entry.price,
        ...(entry.floorPrice ? { floorPrice: entry.floorPrice } : {}),
        attributes: {
          category,
          brand: entry.brand,
          tags: [...entry.tags],
          onSale: entry.onSale ?? false,
          stockLabel: entry.stockLabel ?? 'regular',
          ...(entry.membership ? { membership: true } : {}),
        },
      });
    }
  }
  for (const [category, filler] of Object.entries(FILLERS)) {
    filler.nouns.forEach((noun, i) => {
      const brand = filler.brands[i % filler.brands.length] ?? 'Northwind';
      const stockLabel = FILLER_STOCK_LABELS[intBetween(next, 0, FILLER_STOCK_LABELS.length - 1)] ?? 'regular';
      products.push({
        id: `p-${pad(products.length + 1)}`,
        name: `${brand} ${noun}`,
        price: shelfPrice(next, filler.range[0], filler.range[1]),
        attributes: {
          category,
          brand,
          tags: [filler.tag],
          onSale: stockLabel === 'clearance' || next() < 0.12,
          stockLabel,
        },
      });
    });
  }
  const prices = new Map(products.map((p) => [p.id, p.price]));
  return {
    products,
    id: (key) => {
      const id = byKey.get(key);
      if (id === undefined) throw new Error(`sample catalog has no product "${key}"`);
      return id;
    },
    priceOf: (productId) => {
      const price = prices.get(productId);
      if (price === undefined) throw new Error(`sample catalog has no product ${productId}`);
      return price;
    },
  };
}
