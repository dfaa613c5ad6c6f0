import type { StadhuisModule } from '../platform/http/types.js';
import { catalogueModule } from './catalogue/index.js';
import { identityModule } from './identity/index.js';
import { idpModule } from './idp/index.js';
import { personsModule } from './persons/index.js';

/** The bounded contexts of Stadhuis, in dependency order (migrations run in this order). */
export const modules: StadhuisModule[] = [identityModule, personsModule, catalogueModule, idpModule];
