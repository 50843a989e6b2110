/**
 * The story's chunk (its controller and presentation): loaded when the story first opens, and
 * ahead of that as the reader points at or focuses "Step through", so it is usually in by the click.
 */
export const loadStory = () => import("./StoryHost.tsx");
