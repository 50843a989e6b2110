/**
 * van Wijk and Nuij's smooth zoom ("Smooth and efficient zooming and panning", 2003): the path
 * from view [x0, y0, w0] to [x1, y1, w1] that zooms out, pans and zooms in as the distance asks,
 * with its natural duration in ms. A port of d3-interpolate's interpolateZoom (ρ = √2), kept here
 * because importing that one function brings all of d3-interpolate and d3-color onto the first
 * load; tests/model/smoothZoom.test.ts holds it to the original.
 *
 * d3-interpolate: Copyright 2010-2026 Mike Bostock, ISC licence. Permission to use, copy, modify,
 * and/or distribute this software for any purpose with or without fee is hereby granted, provided
 * that the above copyright notice and this permission notice appear in all copies.
 */
export type ZoomView = readonly [x: number, y: number, width: number];

export interface ZoomPath {
  (t: number): [number, number, number];
  duration: number;
}

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const EPSILON2 = 1e-12;

const cosh = (x: number): number => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number): number => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number): number => ((x = Math.exp(2 * x)) - 1) / (x + 1);

export function interpolateZoom(p0: ZoomView, p1: ZoomView): ZoomPath {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let path: (t: number) => [number, number, number];
  if (d2 < EPSILON2) {
    // Nearly the same centre: a pure zoom.
    S = Math.log(w1 / w0) / RHO;
    const s = S;
    path = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * s)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    const s0 = S;
    path = (t) => {
      const s = t * s0;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(path, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
