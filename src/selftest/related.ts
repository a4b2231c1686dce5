// Which scenarios a fault's patterns in related-suites.ts name: globs over the suite file path (relative to the project
// root) and `tag:<name>` entries over the scenario's vitest tags. Also which suite files a kill run needs.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { suiteFileId } from '../spec/paths.ts';

/** The part of a scenario result the matching reads. */
export interface ScenarioRef {
  /** Suite file relative to the project root, `/`-separated. */
  file: string;
  tags?: readonly string[];
}

const TAG_PREFIX = 'tag:';

/** A path glob as a RegExp: `**` spans directories, `*` and `?` stay within one path segment. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else {
        re += '.*';
      }
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

function tagOf(pattern: string): string | undefined {
  return pattern.startsWith(TAG_PREFIX) ? pattern.slice(TAG_PREFIX.length) : undefined;
}

/** Whether a scenario is one of those `patterns` name. */
export function isRelated(scenario: ScenarioRef, patterns: readonly string[]): boolean {
  const file = scenario.file.split(sep).join('/');
  return patterns.some((pattern) => {
    const tag = tagOf(pattern);
    return tag === undefined ? globToRegExp(pattern).test(file) : (scenario.tags ?? []).includes(tag);
  });
}

/** Every suite file under `suites/`, relative to `root`, `/`-separated, sorted, as ids (`….suite.ts`, see suiteFileId). */
export function listSuiteFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.suite\.(ts|js)$/.test(entry.name)) out.push(suiteFileId(relative(root, path).split(sep).join('/')));
    }
  };
  walk(join(root, 'suites'));
  return out.sort();
}

/**
 * The suite files a kill run must include: those a glob names, and those whose source mentions a named tag (a test
 * or file tag; over-inclusion only costs time).
 */
export function relatedFiles(
  patterns: readonly string[],
  suiteFiles: readonly string[],
  source: (file: string) => string,
): string[] {
  const globs = patterns.filter((p) => tagOf(p) === undefined).map(globToRegExp);
  const tags = patterns.map(tagOf).filter((t): t is string => t !== undefined);
  return suiteFiles.filter((file) => {
    if (globs.some((glob) => glob.test(file))) return true;
    if (tags.length === 0) return false;
    const text = source(file);
    return tags.some((tag) => text.includes(`'${tag}'`) || new RegExp(`@module-tag\\b[^\\n]*\\b${tag}\\b`).test(text));
  });
}
