// The Custom Elements Manifest (package.json `customElements`) documents the public surface (README, "Elements").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const repo = resolve(import.meta.dirname, '../..');
const { customElements: manifestPath } = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(resolve(repo, manifestPath), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
);
const names = (list) => (list ?? []).map((item) => item.name);

describe('the Custom Elements Manifest', () => {
  it('describes every element under its tag', () => {
    assert.deepEqual([...elements.keys()].sort(), [
      'vip-account', 'vip-cart-progress', 'vip-coupons', 'vip-launcher', 'vip-program', 'vip-tier-badge', 'vip-tier-history',
      'vip-tier-list', 'vip-tier-progress', 'vip-tier-rewards',
    ]);
    for (const [tag, element] of elements) assert.ok(element.summary || element.description, `<${tag}> has no summary`);
  });

  it('documents the data-source attributes on every provider, and the launcher its position and open state', () => {
    for (const tag of ['vip-account', 'vip-launcher', 'vip-program']) {
      const attributes = names(elements.get(tag).attributes);
      for (const attribute of ['src', 'token', 'locale', 'login-url', 'now']) {
        assert.ok(attributes.includes(attribute), `<${tag}> lacks the ${attribute} attribute`);
      }
    }
    const launcher = elements.get('vip-launcher');
    assert.ok(names(launcher.attributes).includes('position') && names(launcher.attributes).includes('open'));
    assert.ok(names(launcher.members).includes('show') && names(launcher.members).includes('hide'));
  });

  it('documents every required part somewhere, and the events each provider fires', () => {
    const parts = new Set([...elements.values()].flatMap((element) => names(element.cssParts)));
    for (const part of ['tier-name', 'progress-bar', 'progress-label', 'rewards', 'reward', 'coupons', 'coupon',
      'coupon-code', 'tier-list', 'tier', 'error', 'retry', 'launcher', 'panel']) {
      assert.ok(parts.has(part), `no element documents the ${part} part`);
    }
    assert.deepEqual(names(elements.get('vip-launcher').events).sort(), ['vip-close', 'vip-error', 'vip-load', 'vip-open']);
    for (const tag of ['vip-account', 'vip-program']) {
      assert.ok(names(elements.get(tag).events).includes('vip-load') && names(elements.get(tag).events).includes('vip-error'));
    }
  });

  it('gives every listed attribute, part, custom property and event a description', () => {
    for (const [tag, element] of elements) {
      for (const kind of ['attributes', 'cssParts', 'cssProperties', 'events', 'slots']) {
        for (const item of element[kind] ?? []) {
          assert.ok(item.description, `<${tag}> ${kind} ${item.name || '(default)'} has no description`);
        }
      }
      assert.ok((element.cssProperties ?? []).length > 0, `<${tag}> documents no --vip-* custom property`);
    }
  });
});
