/**
 * The workbook simulation for Node (tests, scripts, the bench): the simulated host behind Microsoft's
 * own Excel client. HyperFormula (GPL) lives here, so the production build must never import this
 * folder (a build test checks the bundle). The browser preview uses ./browser instead.
 */
import { nodeExcelClient } from "./client/node-client";
import { HOST_PROFILES, type HostId } from "./host-profiles";
import { simulatedSession, type SimulatedSession } from "./session";
import type { SimulatedWorkbook } from "./workbook-model";

export * from "./shared-exports";
export { nodeExcelClient } from "./client/node-client";

/** A session of Microsoft's client (the build of the workbook's host, or of `host`) on `workbook`. */
export function sessionOf(workbook: SimulatedWorkbook, options: { host?: HostId } = {}): SimulatedSession {
  const profile = options.host === undefined ? workbook.profile : HOST_PROFILES[options.host];
  return simulatedSession(workbook, nodeExcelClient(profile.clientBuild));
}

/** A real `Excel.RequestContext` of Microsoft's client, whose requests the simulated host answers. */
export function requestContext(workbook: SimulatedWorkbook, options: { host?: HostId } = {}): Excel.RequestContext {
  return sessionOf(workbook, options).context();
}
