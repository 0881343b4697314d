import { expect } from '@open-wc/testing';
import { loadFrame, type FrameReport } from '../support/hardening.js';

// The page is served with the strict policy set in web-test-runner.config.mjs; dist/vip-tiers.js is the built
// script tag (`npm test` builds before it runs the browser tests).
const page = '/test/hardening/csp/index.html';

describe('a store page with a strict Content-Security-Policy', () => {
  let frame: ReturnType<typeof loadFrame> | undefined;
  let report: FrameReport;

  before(async function () {
    this.timeout(15000);
    frame = loadFrame(page, () => true, 12000);
    report = await frame.report;
  });

  after(() => frame?.close());

  it('is really served under the strict policy, Trusted Types included', async () => {
    const policy = (await fetch(page)).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe');
    // No eval under this policy: the frame refuses it, so the widget cannot be relying on it.
    const inFrame = frame!.frame.contentWindow as Window & { eval(code: string): unknown };
    expect(() => inFrame.eval('1 + 1')).to.throw();
  });

  it('renders the account block from its inline JSON: Silver, $120.00 more to reach Gold', () => {
    expect(report['failed']).to.equal(undefined);
    expect(report['accountError']).to.equal(null);
    expect(report['tierName']).to.equal('VIP tier: Silver');
    expect(report['progressLabel']).to.equal('Spend $120.00 more by Dec 31, 2026 to reach Gold');
  });

  it('opens the rewards popup with its content', () => {
    expect(report['popupOpen']).to.equal(true);
    expect(report['popupTierName']).to.equal('VIP tier: Gold');
  });

  it('fires not one securitypolicyviolation event and raises no error', () => {
    expect(report['violations']).to.deep.equal([]);
    expect(report['errors']).to.deep.equal([]);
  });
});
