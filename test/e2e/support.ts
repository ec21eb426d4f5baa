/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, type Page } from '@playwright/test';
import { e2eEnv } from '../../playwright.config.js';

/** Runs the project's command line against the browser suite's database. */
export function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['bin/mentor2work.js', ...args], {
    env: { ...process.env, ...e2eEnv },
    encoding: 'utf8',
  });
}

/**
 * The code an authenticator app shows `stepsAhead` time steps from now. Each step works only once,
 * so a test that signs in twice within 30 s uses the next step (accepted as clock drift).
 */
export function totpCode(secret: string, stepsAhead = 0): string {
  const counter = Math.floor(Date.now() / 30_000) + stepsAhead;
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(counter), 6);
}

const screenshotDir = path.join('test-results', 'screenshots');

/**
 * Checks the page with axe-core (WCAG 2.0/2.1/2.2 A and AA) at phone (360 px) and desktop width,
 * takes a screenshot of each, and fails on any violation or sideways scrolling.
 */
export async function checkPage(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 860 });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations, `${name} at ${width}px`).toEqual([]);
    // Elements that stick out of the viewport, named so a failure says where to look.
    const sticking = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`,
        ),
    );
    expect(sticking, `${name} scrolls sideways at ${width}px`).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}
