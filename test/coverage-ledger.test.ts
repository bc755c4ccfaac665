import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { allRules } from '../packages/core/src/index.js';
import { scanGoFile } from '../scripts/coverage-ledger/go-scanner.js';
import { buildLedger, loadOutOfReach } from '../scripts/coverage-ledger/ledger.js';
import { COVERAGE_MARKDOWN } from '../scripts/coverage-ledger/main.js';
import { renderCoverageMarkdown } from '../scripts/coverage-ledger/render.js';
import { scanValidationPackages } from '../scripts/coverage-ledger/sources.js';

const GO_SAMPLE = `package validation

// field.Invalid(fldPath, "in a comment", "not a call site")
func (v *Validator) validatePort(port int32, fldPath *field.Path) field.ErrorList {
	allErrs := field.ErrorList{}
	portPath := fldPath.Child("ports").Index(0)
	if port < 1 {
		allErrs = append(allErrs, field.Invalid(portPath.Child("containerPort"), port, "must be { positive }"))
	}
	s := \`field.Required(raw, "string")\`
	allErrs = append(allErrs, field.Required(portPath, s))
	return allErrs
}

func helper(m map[string]interface{}) struct{ a int } {
	return struct{ a int }{a: len(m)}
}

func ValidateThing(fldPath *field.Path) field.ErrorList {
	v := &Validator{}
	return append(v.validatePort(1, fldPath), field.Forbidden(fldPath, "no"))
}
`;

describe('go scanner', () => {
  const scanned = scanGoFile(GO_SAMPLE, { declarative: false });

  test('finds functions and methods, not literals in comments or strings', () => {
    assert.deepEqual(
      scanned.functions.map((fn) => fn.name),
      ['Validator.validatePort', 'helper', 'ValidateThing'],
    );
    assert.deepEqual(
      scanned.callSites.map((site) => [site.function, site.type, site.field, site.line]),
      [
        ['Validator.validatePort', 'Invalid', 'containerPort', 8],
        ['Validator.validatePort', 'Required', 'ports', 11],
        ['ValidateThing', 'Forbidden', undefined, 21],
      ],
    );
  });

  test('records calls for the call graph', () => {
    assert.ok(scanned.calls.get('ValidateThing')?.has('validatePort'));
  });
});

describe('coverage ledger', () => {
  const ledger = buildLedger(scanValidationPackages(), allRules, loadOutOfReach());

  test('every structured source of a rule names a function (and call sites) of the module', () => {
    assert.deepEqual(ledger.unknownSources, []);
  });

  test('a source naming a function the module lacks is reported', () => {
    const [rule] = allRules;
    assert.ok(rule);
    const bogus = {
      ...rule,
      meta: {
        ...rule.meta,
        sources: [{ package: 'k8s.io/kubernetes/pkg/apis/core/validation', function: 'validateNoSuchThing' }],
      },
    };
    const checked = buildLedger(scanValidationPackages(), [bogus], loadOutOfReach());
    assert.deepEqual(
      checked.unknownSources.map((problem) => problem.problem),
      ['no function validateNoSuchThing in k8s.io/kubernetes/pkg/apis/core/validation'],
    );
  });

  test('finds the call sites of pkg/apis/core/validation', () => {
    const core = ledger.packages.find((row) => row.group === 'core');
    assert.ok(core && core.callSites > 850, `core has ${core?.callSites} call sites`);
  });

  test('docs/coverage.md is up to date (run `pnpm coverage:ledger`)', () => {
    assert.equal(readFileSync(COVERAGE_MARKDOWN, 'utf8'), renderCoverageMarkdown(ledger));
  });
});
