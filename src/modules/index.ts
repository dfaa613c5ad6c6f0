import type { StadhuisModule } from '../platform/http/types.js';
import { aanvragenModule } from './aanvragen/index.js';
import { addressesModule } from './addresses/index.js';
import { catalogueModule } from './catalogue/index.js';
import { besluitenModule } from './besluiten/index.js';
import { beschikkingenModule } from './beschikkingen/index.js';
import { behandelingModule } from './behandeling/index.js';
import { catalogiModule } from './catalogi/index.js';
import { documentenModule } from './documenten/index.js';
import { formsModule } from './forms/index.js';
import { identityModule } from './identity/index.js';
import { idpModule } from './idp/index.js';
import { mailboxModule } from './mailbox/index.js';
import { mijnzakenModule } from './mijnzaken/index.js';
import { notificatiesModule } from './notificaties/index.js';
import { personsModule } from './persons/index.js';
import { staffModule } from './staff/index.js';
import { zakenModule } from './zaken/index.js';
import { zgwModule } from './zgw/index.js';

/** The bounded contexts of Stadhuis, in dependency order (migrations run in this order). */
export const modules: StadhuisModule[] = [identityModule, personsModule, addressesModule, staffModule, notificatiesModule, catalogueModule, formsModule, catalogiModule, documentenModule, zakenModule, besluitenModule, beschikkingenModule, behandelingModule, mijnzakenModule, aanvragenModule, zgwModule, idpModule, mailboxModule];
