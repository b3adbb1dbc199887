// jest-preset-angular's jsdom environment, plus the Node globals that jsdom lacks and
// the code under test uses (Vitest's jsdom environment kept Node's; Jest's does not).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: JsdomEnvironment } = require('jest-preset-angular/environments/jest-jsdom-env');

export default class PortalEnvironment extends JsdomEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.structuredClone = structuredClone;
  }
}
