/** The first stage's build entry (modules/first-stage-entry.ts): runs it on the page it is injected into. */
import { startFirstStage } from './runFirstStage';

startFirstStage();
