// Types of scripts/catalog-module.mjs, for vite.config.ts and demo/vite.config.ts.
import type { Plugin } from 'vite';

export type CatalogPart = 'main' | 'cart';
export declare const catalogParts: readonly CatalogPart[];
export declare function inPart(key: string, part: CatalogPart): boolean;
export declare function catalogModule(text: string, englishText: string, part: CatalogPart): string;
export declare function catalogPartOf(path: string): { readonly id: string; readonly part: CatalogPart } | undefined;
export declare function catalogPartModule(id: string, part: CatalogPart): string;
export declare function catalogModulesPlugin(): Plugin;
