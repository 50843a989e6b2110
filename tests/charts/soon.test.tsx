import { act, render, screen } from "@testing-library/react";
import { soon } from "../../src/charts/soon.tsx";

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello, {name}</p>;
}

describe("soon", () => {
  it("draws nothing until the chunk is in, then the component with its props", async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const load = vi.fn(
      () =>
        new Promise<typeof Greeting>((resolve) => {
          arrive = resolve;
        }),
    );
    const Later = soon(load);
    // Requested at once, before anything renders.
    expect(load).toHaveBeenCalledTimes(1);
    const { container } = render(<Later name="Ada" />);
    expect(container).toBeEmptyDOMElement();
    await act(async () => arrive(Greeting));
    expect(screen.getByText("Hello, Ada")).toBeInTheDocument();
    // Once in, a new mount draws at once.
    render(<Later name="Grace" />);
    expect(screen.getByText("Hello, Grace")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
