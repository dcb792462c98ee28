// What the rest of the app may use of the post run: its screen.
export { PostPage } from './PostPage';
