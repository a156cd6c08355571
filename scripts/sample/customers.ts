import type { z } from 'zod';
import type { CustomerSchema } from '../../src/domain/order.ts';

type CustomerInput = z.input<typeof CustomerSchema>;

/**
 * The sample's customer records. Each one exists to light up a family of conditions; the
 * `QA_DiscountFinancialDispersion` field feeds the SPEC §9 dispersion script ('0', '1', '4').
 */
export const SAMPLE_CUSTOMERS = {
  /** VIP, Plus member, many points, downtown postal code, newsletter subscriber. */
  mara: {
    id: 'c-1001',
    name: 'Mara Lindqvist',
    email: 'mara.lindqvist@example.com',
    birthDate: '1988-04-12',
    segments: ['vip'],
    roles: ['loyalty-member'],
    points: 1450,
    memberships: ['plus'],
    postalCode: 'M5V 2T6',
    customFields: { QA_DiscountFinancialDispersion: '1', newsletter: true },
  },
  /** A student with a few points: short of any redemption. */
  sam: {
    id: 'c-1002',
    name: 'Sam Okafor',
    email: 'sam.okafor@example.net',
    birthDate: '2001-09-30',
    segments: ['students'],
    points: 80,
    postalCode: 'K1P 5G4',
    customFields: { QA_DiscountFinancialDispersion: '0' },
  },
  /** A senior loyalty member (75 in 2026). */
  eleanor: {
    id: 'c-1003',
    name: 'Eleanor Brooks',
    email: 'eleanor.brooks@example.org',
    birthDate: '1951-02-14',
    segments: ['seniors'],
    roles: ['loyalty-member'],
    points: 320,
    postalCode: 'M4K 1N2',
    customFields: { QA_DiscountFinancialDispersion: '4', newsletter: false },
  },
  /** A business account buying on purchase orders. */
  dev: {
    id: 'c-1004',
    name: 'Dev Patel (Acme Offices)',
    email: 'dev.patel@acme.example',
    segments: ['b2b'],
    postalCode: 'M5J 2N8',
    customFields: { accountType: 'business' },
  },
  /** A store employee shopping with the staff discount. */
  priya: {
    id: 'c-1005',
    name: 'Priya Raman',
    email: 'priya.raman@northwind.example',
    birthDate: '1992-11-03',
    segments: ['staff'],
    roles: ['employee'],
    postalCode: 'M6J 3E1',
    customFields: {},
  },
} as const satisfies Record<string, CustomerInput>;
