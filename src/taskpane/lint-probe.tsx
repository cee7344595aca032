import type React from "react";
export function Probe(): React.JSX.Element {
  const unused: any = 1;
  return <div>{unused}</div>;
}
